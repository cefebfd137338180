// Parses and validates Adaptive Cards with the official SDK (npm adaptivecards, as Web Chat ships it), the way a
// client does before rendering. Reads a JSON array of cards from the file named by argv[2]; prints a JSON array of
// {index, messages} for every card the SDK reports a problem with; exit code 0 either way, 2 when it cannot run.
const path = require('path');
const fs = require('fs');
const sdkPath = path.resolve(process.argv[3], 'tools/webchat/node_modules/adaptivecards/dist/adaptivecards.js');
let AC;
try { AC = require(sdkPath); } catch (e) { console.error(`cannot load the Adaptive Cards SDK at ${sdkPath}: ${e.message}`); process.exit(2); }
const cards = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const problems = [];
cards.forEach((json, index) => {
  // The SDK's lang pattern carries the global flag, so RegExp.test keeps state between cards: reset it.
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const messages = [];
  for (let i = 0; i < context.eventCount; i++) messages.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) messages.push(event.message);
  if (messages.length > 0) problems.push({ index, messages });
});
console.log(JSON.stringify(problems));
