using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>
/// A joint meeting (联席会议): its member units, the contacts bound to them, and the tasks its policy documents
/// assign. Guards every change to membership; meetings and reporting rounds are aggregates of their own that ask
/// it who someone is.
/// </summary>
public sealed partial class JointMeeting : Aggregate
{
    public const int MaxNameLength = 200;
    public const int MaxIdLength = 64;

    private JointMeeting(JointMeetingState state)
    {
        State = state;
        JointMeetingId = state.Id;
    }

    public JointMeetingState State { get; private set; }

    public string Id => State.Id;
    public string Name => State.Name;
    public IReadOnlyList<MemberUnit> Units => State.Units;
    public IReadOnlyList<Contact> Contacts => State.Contacts;
    public IReadOnlyList<AssignedTask> Tasks => State.Tasks;
    public TimeZoneInfo TimeZone => TimeZones.Find(State.TimeZoneId);

    /// <summary>Rebuilds a stored joint meeting; no rule is checked again.</summary>
    public static JointMeeting Restore(JointMeetingState state) => new(state);

    public static JointMeeting Create(JointMeetingSettings settings, JointMeetingProposal proposal, ChatAccount by, DateTimeOffset now)
    {
        Require.Id(settings.Id, "joint meeting id", MaxIdLength);
        var name = Require.Text(settings.Name, "name", MaxNameLength);
        if (settings.MinMeetingsPerYear is < 1 or > 12)
            throw new DomainException(DomainError.InvalidValue, $"A joint meeting meets 1 to 12 times a year at least, not {settings.MinMeetingsPerYear}.");
        TimeZones.Find(settings.TimeZoneId);
        if (settings.Language is not ("zh-CN" or "en"))
            throw new DomainException(DomainError.InvalidValue, $"Language '{settings.Language}' is not one of zh-CN, en.");

        var units = new List<MemberUnit>();
        foreach (var unit in proposal.Units)
        {
            var unitName = Require.Text(unit.Name, "unit name", MemberUnit.MaxNameLength);
            if (units.Any(u => u.IsCalled(unitName)))
                throw new DomainException(DomainError.DuplicateUnit, $"Unit '{unitName}' is listed twice.");
            units.Add(new MemberUnit($"u{units.Count + 1}", unitName, unit.Aliases.Where(a => a != unitName).Distinct().ToList()));
        }

        var contacts = new List<Contact>();
        if (!by.IsSystem)
            contacts.Add(new Contact(by, null, ContactRole.Convenor, ContactStatus.Approved, now, by));

        var state = new JointMeetingState(
            settings.Id, name, settings.Jurisdiction, proposal.Sources, settings.Convenor ?? proposal.Convenor, null,
            units, contacts, [], settings.MinMeetingsPerYear, settings.TimeZoneId, settings.Language, now, units.Count + 1);
        var meeting = new JointMeeting(state);
        meeting.State = state with { Tasks = proposal.Tasks.Select(meeting.Assign).ToList() };
        meeting.Record(now, by, "joint-meeting.created", name, $"{units.Count} member units, {proposal.Tasks.Count} tasks");
        return meeting;
    }

    /// <summary>Who this account is here: its approved role and unit, or a stranger.</summary>
    public Participant Identify(ChatAccount account)
    {
        var contact = FindContact(account);
        return contact is { Status: ContactStatus.Approved }
            ? new Participant(account, contact.Role, contact.UnitId)
            : new Participant(account, null, null);
    }

    public Contact? FindContact(ChatAccount account) => State.Contacts.FirstOrDefault(c => c.Account.SameAs(account));

    public MemberUnit GetUnit(string unitId) =>
        State.Units.FirstOrDefault(u => u.Id == unitId)
        ?? throw new DomainException(DomainError.UnknownUnit, $"No member unit has id '{unitId}'.");

    public MemberUnit? FindUnit(string name) => State.Units.FirstOrDefault(u => u.IsCalled(name.Trim()));

    /// <summary>The tasks a unit leads or shares.</summary>
    public IReadOnlyList<AssignedTask> TasksOf(string unitId) => State.Tasks.Where(t => t.Involves(unitId)).ToList();

    public MemberUnit AddUnit(ChatAccount by, string name, IReadOnlyList<string> aliases, DateTimeOffset now)
    {
        Identify(by).RequireManager("add member units");
        var unitName = Require.Text(name, "unit name", MemberUnit.MaxNameLength);
        if (FindUnit(unitName) is { } existing)
            throw new DomainException(DomainError.DuplicateUnit, $"'{unitName}' is already a member unit ({existing.Name}).");

        var unit = new MemberUnit($"u{State.NextUnitNumber}", unitName, aliases.Where(a => a != unitName).Distinct().ToList());
        State = State with { Units = [.. State.Units, unit], NextUnitNumber = State.NextUnitNumber + 1 };
        // Tasks that name this unit now count it in.
        State = State with { Tasks = State.Tasks.Select(Resolve).ToList() };
        Record(now, by, "unit.added", unit.Name);
        return unit;
    }

    public void RemoveUnit(ChatAccount by, string unitId, DateTimeOffset now)
    {
        Identify(by).RequireManager("remove member units");
        var unit = GetUnit(unitId);
        State = State with
        {
            Units = State.Units.Where(u => u.Id != unitId).ToList(),
            Contacts = State.Contacts.Where(c => c.UnitId != unitId).ToList(),
            SecretariatUnitId = State.SecretariatUnitId == unitId ? null : State.SecretariatUnitId,
        };
        State = State with { Tasks = State.Tasks.Select(Resolve).ToList() };
        Record(now, by, "unit.removed", unit.Name);
    }

    public void SetSecretariatUnit(ChatAccount by, string unitId, DateTimeOffset now)
    {
        Identify(by).RequireManager("choose the secretariat unit");
        var unit = GetUnit(unitId);
        State = State with { SecretariatUnitId = unit.Id };
        Record(now, by, "secretariat.set", unit.Name);
    }

    /// <summary>Anyone may ask to be bound to a unit (联络员) or to read along; the secretariat decides.</summary>
    public Contact RequestBinding(ChatAccount account, string? unitId, ContactRole role, DateTimeOffset now)
    {
        if (account.IsSystem)
            throw new DomainException(DomainError.InvalidValue, "The operator account cannot be bound to a joint meeting.");
        if (role is not (ContactRole.UnitContact or ContactRole.Observer))
            throw new DomainException(DomainError.NotAllowed, "Only the convenor or the secretariat can give the convenor or secretariat role.");
        var unit = RequireUnitFor(role, unitId);
        var previous = FindContact(account);
        if (previous is { Status: ContactStatus.Approved } bound)
            throw new DomainException(DomainError.AlreadyBound, $"{account} is already bound here as {bound.Role}.");
        // Asking again for the same thing changes nothing (and costs nothing against the limits).
        if (previous is { } same && same.UnitId == unit?.Id && same.Role == role)
            return same;
        if (JoinLimits.Check(State.Contacts, previous, now) is { } limit)
            throw new DomainException(DomainError.TooManyRequests, $"The request to join is refused for now: {limit}.");

        var asks = (previous?.Asks ?? []).Where(t => t > now - JoinLimits.AskWindow).Append(now).ToList();
        var contact = new Contact(account, unit?.Id, role, ContactStatus.Pending, now, Asks: asks);
        ReplaceContact(account, contact);
        Record(now, account, "contact.requested", account.Key, Describe(role, unit));
        return contact;
    }

    public Contact Approve(ChatAccount by, ChatAccount account, DateTimeOffset now)
    {
        Identify(by).RequireManager("approve contacts");
        var pending = FindContact(account) is { Status: ContactStatus.Pending } c
            ? c
            : throw new DomainException(DomainError.UnknownContact, $"{account} has no request waiting for approval.");
        var approved = pending with { Status = ContactStatus.Approved, DecidedBy = by, Asks = null };
        ReplaceContact(account, approved);
        Record(now, by, "contact.approved", account.Key, Describe(approved.Role, approved.UnitId is null ? null : GetUnit(approved.UnitId)));
        return approved;
    }

    public void Reject(ChatAccount by, ChatAccount account, DateTimeOffset now)
    {
        Identify(by).RequireManager("reject contacts");
        if (FindContact(account) is not { Status: ContactStatus.Pending })
            throw new DomainException(DomainError.UnknownContact, $"{account} has no request waiting for approval.");
        State = State with { Contacts = State.Contacts.Where(c => !c.Account.SameAs(account)).ToList() };
        Record(now, by, "contact.rejected", account.Key);
    }

    /// <summary>Binds an account directly with a role (or changes its role); only a convenor makes a convenor.</summary>
    public Contact AssignRole(ChatAccount by, ChatAccount account, ContactRole role, string? unitId, DateTimeOffset now)
    {
        var actor = Identify(by);
        actor.RequireManager("assign roles");
        if (account.IsSystem)
            throw new DomainException(DomainError.InvalidValue, "The operator account cannot be bound to a joint meeting.");
        var current = FindContact(account);
        if ((role == ContactRole.Convenor || current?.Role == ContactRole.Convenor) && !(by.IsSystem || actor.Role == ContactRole.Convenor))
            throw new DomainException(DomainError.NotAllowed, "Only the convenor can give or take the convenor role.");
        var unit = RequireUnitFor(role, unitId);

        var contact = new Contact(account, unit?.Id, role, ContactStatus.Approved, current?.RequestedAt ?? now, by);
        ReplaceContact(account, contact);
        Record(now, by, "contact.role-assigned", account.Key, Describe(role, unit));
        return contact;
    }

    public void RemoveContact(ChatAccount by, ChatAccount account, DateTimeOffset now)
    {
        var actor = Identify(by);
        // Anyone may unbind themselves; others need the convenor or the secretariat.
        if (!account.SameAs(by))
            actor.RequireManager("remove contacts");
        var contact = FindContact(account) ?? throw new DomainException(DomainError.UnknownContact, $"{account} is not a contact here.");
        if (contact.Role == ContactRole.Convenor && !(by.IsSystem || actor.Role == ContactRole.Convenor))
            throw new DomainException(DomainError.NotAllowed, "Only the convenor can remove the convenor.");
        State = State with { Contacts = State.Contacts.Where(c => !c.Account.SameAs(account)).ToList() };
        Record(now, by, "contact.removed", account.Key);
    }

    /// <summary>
    /// Makes a conversation work for this joint meeting. A conversation works for one joint meeting at a time:
    /// the caller unbinds it from another first (whose managers must agree, see <see cref="UnbindConversation"/>).
    /// </summary>
    public BoundConversation BindConversation(ChatAccount by, string channel, string conversationId, string? name, DateTimeOffset now)
    {
        Identify(by).RequireManager("bind a conversation to this joint meeting");
        Require.Text(channel, "channel", 50);
        Require.Text(conversationId, "conversation id", 500);
        var bound = new BoundConversation(channel, conversationId, Require.OptionalText(name, "conversation name", MaxNameLength), by, now);
        State = State with { Conversations = [.. State.BoundConversations.Where(c => !c.Is(channel, conversationId)), bound] };
        Record(now, by, "conversation.bound", $"{channel}:{conversationId}", bound.Name);
        return bound;
    }

    public void UnbindConversation(ChatAccount by, string channel, string conversationId, DateTimeOffset now)
    {
        Identify(by).RequireManager("unbind a conversation from this joint meeting");
        if (!State.BoundConversations.Any(c => c.Is(channel, conversationId)))
            throw new DomainException(DomainError.InvalidValue, $"Conversation {channel}:{conversationId} is not bound to {Id}.");
        State = State with { Conversations = State.BoundConversations.Where(c => !c.Is(channel, conversationId)).ToList() };
        Record(now, by, "conversation.unbound", $"{channel}:{conversationId}");
    }

    /// <summary>
    /// Marks days off for reminders (a local holiday, next year's official ones before the bot ships them); a day
    /// added as a working day before is one no more. All or nothing: one bad day refuses them all.
    /// </summary>
    public void AddReminderDaysOff(ChatAccount by, IReadOnlyCollection<CalendarDayOff> days, DateTimeOffset now)
    {
        Identify(by).RequireManager(ChangeCalendar);
        RequireSome(days.Count);
        var checkedDays = days.Select(d => d with { Day = RequireCalendarDay(d.Day), Name = Require.Text(d.Name, "day-off name", 100) }).ToList();
        var settings = State.ReminderCalendarSettings;
        var added = checkedDays.Select(d => d.Day).ToHashSet();
        var off = settings.DaysOff.Where(d => !added.Contains(d.Day)).Concat(checkedDays.DistinctBy(d => d.Day)).OrderBy(d => d.Day).ToList();
        SetCalendar(settings with { DaysOff = RequireCount(off), WorkingDays = settings.WorkingDays.Where(d => !added.Contains(d)).ToList() });
        Record(now, by, "reminder-calendar.days-off-added", DaysText(added), string.Join("; ", checkedDays.Select(d => d.Name).Distinct().Take(5)));
    }

    /// <summary>Marks working days for reminders (a make-up working day, 调休); a day added off before is one no more.</summary>
    public void AddReminderWorkingDays(ChatAccount by, IReadOnlyCollection<DateOnly> days, DateTimeOffset now)
    {
        Identify(by).RequireManager(ChangeCalendar);
        RequireSome(days.Count);
        var added = days.Select(RequireCalendarDay).ToHashSet();
        var settings = State.ReminderCalendarSettings;
        var on = settings.WorkingDays.Concat(added).Distinct().Order().ToList();
        SetCalendar(settings with { WorkingDays = RequireCount(on), DaysOff = settings.DaysOff.Where(d => !added.Contains(d.Day)).ToList() });
        Record(now, by, "reminder-calendar.working-days-added", DaysText(added));
    }

    /// <summary>Mainland China's official holidays and 调休 (on), or Saturdays and Sundays only (off), under the days added.</summary>
    public void UseChinaCalendar(ChatAccount by, bool on, DateTimeOffset now)
    {
        Identify(by).RequireManager(ChangeCalendar);
        SetCalendar(State.ReminderCalendarSettings with { UseChinaCalendar = on });
        Record(now, by, "reminder-calendar.official", on ? "mainland-china" : "weekends-only");
    }

    private const string ChangeCalendar = "change the reminder calendar";

    private void SetCalendar(ReminderCalendarSettings settings) => State = State with { ReminderCalendar = settings };

    private static DateOnly RequireCalendarDay(DateOnly day) => day.Year is >= 2000 and <= 2100
        ? day
        : throw new DomainException(DomainError.InvalidValue, $"{day:yyyy-MM-dd} is not a day the reminder calendar can hold (years 2000-2100).");

    private static List<T> RequireCount<T>(List<T> days) => days.Count <= ReminderCalendarSettings.MaxAddedDays
        ? days
        : throw new DomainException(DomainError.InvalidValue, $"A reminder calendar holds at most {ReminderCalendarSettings.MaxAddedDays} added days of each kind.");

    private static void RequireSome(int count)
    {
        if (count == 0) throw new DomainException(DomainError.InvalidValue, "No day was given.");
    }

    private static string DaysText(IEnumerable<DateOnly> days)
    {
        var list = days.Order().ToList();
        return list.Count <= 5 ? string.Join(", ", list.Select(d => d.ToString("yyyy-MM-dd"))) : $"{list[0]:yyyy-MM-dd} … {list[^1]:yyyy-MM-dd} ({list.Count} days)";
    }

    public bool IsBoundTo(string channel, string conversationId) => State.BoundConversations.Any(c => c.Is(channel, conversationId));

    private MemberUnit? RequireUnitFor(ContactRole role, string? unitId)
    {
        if (role == ContactRole.UnitContact && unitId is null)
            throw new DomainException(DomainError.InvalidValue, "A unit contact needs the unit they act for.");
        return unitId is null ? null : GetUnit(unitId);
    }

    private void ReplaceContact(ChatAccount account, Contact contact) =>
        State = State with { Contacts = [.. State.Contacts.Where(c => !c.Account.SameAs(account)), contact] };

    private AssignedTask Assign(TaskProposal task) => Resolve(new AssignedTask(
        task.Id, task.Source, task.Path, task.Title, task.LeadUnitNames, task.ResponsibleUnitNames, [], [], task.Targets));

    // Unit ids follow the names the document wrote, against the units of now.
    private AssignedTask Resolve(AssignedTask task)
    {
        if (task.NotForThisMeeting || task.Dropped) return task with { LeadUnitIds = [], ResponsibleUnitIds = [] };
        var lead = UnitIds(task.LeadUnitNames);
        return task with { LeadUnitIds = lead, ResponsibleUnitIds = UnitIds(task.ResponsibleUnitNames).Except(lead).ToList() };
    }

    private List<string> UnitIds(IEnumerable<string> names) =>
        names.Select(FindUnit).OfType<MemberUnit>().Select(u => u.Id).Distinct().ToList();

    private static string Describe(ContactRole role, MemberUnit? unit) => unit is null ? role.ToString() : $"{role} of {unit.Name}";
}
