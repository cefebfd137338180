using MeetingBot.TestPeers.Hosting;
using System.IdentityModel.Tokens.Jwt;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using MeetingBot.Storage.AzureTables;
using MeetingBot.Storage.Entities;
using MeetingBot.TestPeers;
using MeetingBot.TestPeers.Azurite;
using MeetingBot.TestPeers.Identity;

namespace MeetingBot.Storage.Tests.Entities;

[CollectionDefinition(ProcessEnvironment.Collection, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection;

/// <summary>
/// Azure Tables without a key, as deployed (Storage:TableEndpoint): Azure.Identity's DefaultAzureCredential gets a
/// token from the managed identity endpoint (a loopback stand-in of App Service's) for the user-assigned identity
/// named by AZURE_CLIENT_ID, and Azurite, serving https and checking bearer tokens, lets it in.
/// </summary>
[Collection(ProcessEnvironment.Collection)]
public sealed class AzureManagedIdentityTests(AzureManagedIdentityTests.Peers peers) : IClassFixture<AzureManagedIdentityTests.Peers>
{
    private const string Tenant = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
    // Fresh per test, so the shared stand-in's requests are told apart by it.
    private readonly string clientId = Guid.NewGuid().ToString();
    private AzuriteServer azurite => peers.Azurite;
    private StubIdentityProvider identity => peers.Identity;

    /// <summary>Azurite on https with token checks, and the managed identity stand-in: started once for the class.</summary>
    public sealed class Peers : IAsyncLifetime
    {
        public AzuriteServer Azurite { get; private set; } = null!;
        public StubIdentityProvider Identity { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var starting = AzuriteServer.StartHttpsWithOAuthAsync();
            Identity = await StubIdentityProvider.StartAsync();
            Azurite = await starting;
        }

        public async Task DisposeAsync()
        {
            await Azurite.DisposeAsync();
            await Identity.DisposeAsync();
        }
    }

    [Fact]
    public async Task Table_WithDefaultAzureCredential_WritesAndReadsWithTheManagedIdentitysToken()
    {
        identity.AssignManagedIdentity(clientId, Tenant);
        using var environment = ProcessEnvironment.ManagedIdentity(identity.ManagedIdentityEndpoint, identity.ManagedIdentityHeader, clientId);
        var table = Table(new DefaultAzureCredential());

        await table.InitializeAsync();
        await table.SubmitAsync("jm-1", [EntityWrite.Insert("head", """{"name":"永年区"}""")]);
        var row = await table.GetAsync("jm-1", "head");

        row!.Body.Should().Be("""{"name":"永年区"}""");
        var asked = identity.ManagedIdentityRequests.Where(r => r.ClientId == clientId).Should().ContainSingle().Subject;
        asked.ClientId.Should().Be(clientId, "AZURE_CLIENT_ID names the user-assigned identity");
        asked.Resource.Should().Be("https://storage.azure.com", "Azure Storage's resource");
        new JwtSecurityTokenHandler().ReadJwtToken(asked.AccessToken).Audiences.Should().Equal("https://storage.azure.com");
    }

    [Fact]
    public async Task Table_IdentityNotAssigned_FailsWithTheCredentialsReasonAndWritesNothing()
    {
        using var environment = ProcessEnvironment.ManagedIdentity(identity.ManagedIdentityEndpoint, identity.ManagedIdentityHeader, clientId);
        var table = Table(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)));

        var initialize = () => table.InitializeAsync();

        (await initialize.Should().ThrowAsync<AuthenticationFailedException>()).Which.Message.Should().Contain(clientId);
    }

    [Fact]
    public async Task Table_TokenForAnotherService_IsRefusedByTheStore()
    {
        // The emulator really checks the tokens: one meant for the Bot Connector does not open the table.
        var token = identity.IssueEntraToken(new EntraTokenSpec("https://api.botframework.com", $"https://sts.windows.net/{Tenant}/", "1.0", clientId));
        var table = Table(DelegatedTokenCredential.Create((_, _) => new AccessToken(token, WallClock.Now.AddHours(1))));

        var initialize = () => table.InitializeAsync();

        (await initialize.Should().ThrowAsync<RequestFailedException>()).Which.Status.Should().Be(403);
    }

    private AzureEntityTable Table(TokenCredential credential) => AzureEntityTableFactory.Create(
        azurite.TableEndpoint, credential, new AzureTableOptions { TableName = "mi" + Guid.NewGuid().ToString("N")[..12] }, TrustingTransport());

    // Trusts exactly the emulator's throw-away certificate.
    private HttpClientTransport TrustingTransport() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == azurite.Certificate!.Thumbprint,
    });
}
