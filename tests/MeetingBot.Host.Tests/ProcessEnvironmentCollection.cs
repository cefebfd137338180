using MeetingBot.TestPeers;

namespace MeetingBot.Host.Tests;

[CollectionDefinition(ProcessEnvironment.Collection, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection;
