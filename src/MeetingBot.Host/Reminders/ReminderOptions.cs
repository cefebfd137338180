using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Reminders;

/// <summary>The <c>Reminders</c> section: whether this instance sends reminders, and how many at once.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Off for an instance that should only answer chats; any number of instances may leave it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Reminders delivered at the same time (1–256).</summary>
    public int MaxConcurrentDeliveries { get; set; } = 16;
}

/// <summary>Stops start-up on a bad <c>Reminders</c> setting, naming the key.</summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options) =>
        options.MaxConcurrentDeliveries is >= 1 and <= 256
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Reminders:MaxConcurrentDeliveries is {options.MaxConcurrentDeliveries}; it must be between 1 and 256.");
}
