// MeetingBot's local web chat page: pick a joint meeting and who you are, then talk to the bot in the official
// Web Chat client over the host's Direct Line endpoint. Every change of persona, joint meeting or language starts
// a fresh conversation, because the persona and the reply language are fixed when the session is made.
(function () {
  'use strict';

  var TEXT = {
    'zh-CN': {
      title: '联席会议助手',
      subtitle: '本地试用 · 选择联席会议和身份，然后开始对话',
      switchLanguage: 'English',
      meetingLabel: '联席会议',
      personaLabel: '我的身份',
      hint: '换身份或语言会开始一段新的对话。',
      examplesTitle: '试试这样说',
      examples: ['帮助', '安排会议', '发起报告', '我的报告', '谁还没交报告'],
      loading: '正在读取联席会议…',
      starting: '正在开始对话…',
      ready: '已连接，可以开始提问。',
      noMeetings: '还没有联席会议。',
      loadFailed: '读取联席会议失败：',
      startFailed: '开始对话失败：',
      chatAs: function (persona, meeting) { return persona + ' · ' + meeting; }
    },
    'en-US': {
      title: 'Joint meeting assistant',
      subtitle: 'Try it locally · pick a joint meeting and who you are, then chat',
      switchLanguage: '中文',
      meetingLabel: 'Joint meeting',
      personaLabel: 'I am',
      hint: 'Changing who you are or the language starts a new conversation.',
      examplesTitle: 'Try saying',
      examples: ['help', 'schedule meeting', 'open reports', 'my report', 'who has not reported'],
      loading: 'Loading joint meetings…',
      starting: 'Starting the conversation…',
      ready: 'Connected. Ask away.',
      noMeetings: 'There is no joint meeting yet.',
      loadFailed: 'Could not load the joint meetings: ',
      startFailed: 'Could not start the conversation: ',
      chatAs: function (persona, meeting) { return persona + ' · ' + meeting; }
    }
  };

  var FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Segoe UI", system-ui, sans-serif';

  var state = {
    locale: localStorage.getItem('meetingbot.locale') === 'en-US' ? 'en-US' : 'zh-CN',
    meetings: [],
    directLine: null,
    store: null, // the current chat's Web Chat store, through which the examples are sent
    attempt: 0 // the newest chat being started; answers for older ones are dropped
  };

  var meetingSelect = document.getElementById('meeting');
  var personaSelect = document.getElementById('persona');
  var statusLine = document.getElementById('status');
  var chatTitle = document.getElementById('chat-title');

  function text() { return TEXT[state.locale]; }

  function setStatus(message, isError) {
    statusLine.textContent = message;
    statusLine.classList.toggle('error', !!isError);
  }

  function applyLanguage() {
    document.documentElement.lang = state.locale;
    document.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = text()[element.getAttribute('data-text')];
    });
    document.title = 'MeetingBot · ' + text().title;
    fillExamples();
  }

  // Example messages: a click sends one as if typed, so a newcomer sees what the bot understands.
  function fillExamples() {
    var chips = document.getElementById('examples');
    // The persona's own examples (what that role may do), else the page's defaults.
    var persona = selectedPersona();
    var examples = persona ? (state.locale === 'en-US' ? persona.examplesEn : persona.examples) : null;
    chips.replaceChildren.apply(chips, (examples || text().examples).map(function (example) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = example;
      button.addEventListener('click', function () {
        if (state.store) state.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: example } });
      });
      return button;
    }));
  }

  function selectedMeeting() {
    return state.meetings.find(function (meeting) { return meeting.id === meetingSelect.value; });
  }

  function selectedPersona() {
    var meeting = selectedMeeting();
    return meeting && meeting.personas.find(function (persona) { return persona.id === personaSelect.value; });
  }

  function personaLabel(persona) {
    return state.locale === 'en-US' ? persona.labelEn : persona.label;
  }

  function fillMeetings() {
    var chosen = meetingSelect.value || localStorage.getItem('meetingbot.meeting');
    meetingSelect.replaceChildren.apply(meetingSelect, state.meetings.map(function (meeting) {
      return new Option(meeting.name, meeting.id);
    }));
    if (state.meetings.some(function (meeting) { return meeting.id === chosen; })) meetingSelect.value = chosen;
  }

  function fillPersonas() {
    var meeting = selectedMeeting();
    var chosen = personaSelect.value || localStorage.getItem('meetingbot.persona');
    var personas = meeting ? meeting.personas : [];
    personaSelect.replaceChildren.apply(personaSelect, personas.map(function (persona) {
      return new Option(personaLabel(persona), persona.id);
    }));
    if (personas.some(function (persona) { return persona.id === chosen; })) personaSelect.value = chosen;
  }

  function readError(response) {
    return response.text().then(function (body) {
      // The host answers errors as Bot Framework does: {"error":{"code","message"}}.
      var detail = body;
      try { detail = (JSON.parse(body).error || {}).message || body; } catch (ignored) { /* plain text */ }
      return new Error(response.status + ' ' + (detail || response.statusText));
    });
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.ok ? response.json() : readError(response).then(function (error) { throw error; });
    });
  }

  // Web Chat keeps its own React tree in the element it renders into: a new element is the clean way to start over.
  function freshChatElement() {
    var old = document.getElementById('webchat');
    var element = document.createElement('div');
    element.id = 'webchat';
    element.className = 'webchat';
    element.setAttribute('role', 'main');
    old.replaceWith(element);
    return element;
  }

  function endChat() {
    state.store = null;
    if (state.directLine) {
      state.directLine.end();
      state.directLine = null;
    }
  }

  function startChat() {
    var meeting = selectedMeeting();
    var persona = selectedPersona();
    endChat();
    var element = freshChatElement();
    fillExamples();
    if (!meeting || !persona) {
      chatTitle.textContent = '';
      return;
    }
    localStorage.setItem('meetingbot.meeting', meeting.id);
    localStorage.setItem('meetingbot.persona', persona.id);

    var attempt = ++state.attempt;
    var locale = state.locale;
    chatTitle.textContent = text().chatAs(personaLabel(persona), meeting.name);
    setStatus(text().starting);

    postJson('webchat/session', { jointMeetingId: meeting.id, persona: persona.id, locale: locale })
      .then(function (session) {
        if (attempt !== state.attempt) return; // the user has moved on meanwhile
        var directLine = window.WebChat.createDirectLine({
          token: session.token,
          domain: location.origin + '/v3/directline',
          webSocket: false
        });
        // Once connected, the page says it has joined: the bot greets a new conversation with what this person may do.
        var store = window.WebChat.createStore({}, function (api) {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
                api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale } } });
              }
              return next(action);
            };
          };
        });
        state.directLine = directLine;
        state.store = store;
        element.setAttribute('data-conversation-id', session.conversationId);
        element.setAttribute('data-persona', persona.id);
        window.WebChat.renderWebChat({
          directLine: directLine,
          store: store,
          userID: session.user.id,
          username: session.user.name,
          locale: locale,
          renderMarkdown: renderMarkdown,
          styleOptions: styleFor(persona)
        }, element);
        setStatus(text().ready);
      })
      .catch(function (error) {
        if (attempt !== state.attempt) return;
        setStatus(text().startFailed + error.message, true);
      });
  }

  // The bot writes one line per fact with a single line break, as Teams shows it; Web Chat's Markdown would join
  // such lines into one paragraph, so each single break becomes a Markdown hard break first.
  function renderMarkdown(markdown, newLineOptions, linkOptions) {
    var withBreaks = markdown.replace(/([^\n])\n(?!\n)/g, '$1  \n');
    return window.WebChat.renderMarkdown(withBreaks, newLineOptions, linkOptions);
  }

  function styleFor(persona) {
    return {
      accent: '#b4232a',
      primaryFont: FONT,
      rootHeight: '100%',
      backgroundColor: '#ffffff',
      bubbleBackground: '#f4f6f9',
      bubbleBorderWidth: 0,
      bubbleBorderRadius: 10,
      bubbleFromUserBackground: '#fbeaea',
      bubbleFromUserBorderWidth: 0,
      bubbleFromUserBorderRadius: 10,
      bubbleMaxWidth: 720,
      botAvatarInitials: '联',
      botAvatarBackgroundColor: '#b4232a',
      userAvatarInitials: personaLabel(persona).charAt(0),
      userAvatarBackgroundColor: '#5f6b7a',
      sendBoxBorderTop: 'solid 1px #d9dee5'
    };
  }

  function loadMeetings() {
    setStatus(text().loading);
    return fetch('webchat/personas')
      .then(function (response) {
        return response.ok ? response.json() : readError(response).then(function (error) { throw error; });
      })
      .then(function (body) {
        state.meetings = body.jointMeetings || [];
        if (state.meetings.length === 0) {
          setStatus(text().noMeetings, true);
          return;
        }
        fillMeetings();
        fillPersonas();
        startChat();
      })
      .catch(function (error) { setStatus(text().loadFailed + error.message, true); });
  }

  meetingSelect.addEventListener('change', function () {
    personaSelect.value = '';
    fillPersonas();
    startChat();
  });

  personaSelect.addEventListener('change', startChat);

  document.getElementById('who').addEventListener('submit', function (event) { event.preventDefault(); });

  document.getElementById('language').addEventListener('click', function () {
    state.locale = state.locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    localStorage.setItem('meetingbot.locale', state.locale);
    applyLanguage();
    fillPersonas();
    if (state.meetings.length > 0) startChat();
  });

  applyLanguage();
  loadMeetings();
}());
