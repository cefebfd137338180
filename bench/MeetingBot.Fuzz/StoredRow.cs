using Microsoft.Data.Sqlite;

namespace MeetingBot.Fuzz;

/// <summary>
/// What the flood left in the host's embedded store, read from its file: the size of a joint meeting's own row
/// (the one every action rewrites), the requests waiting inside it, and the request rows beside it.
/// </summary>
public sealed record StoredRow(long RowChars, int PendingInsideRow, int RequestRows)
{
    public static StoredRow Read(string dataFolder, string jointMeetingId)
    {
        var file = Directory.GetFiles(dataFolder, "*.db").Single();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var head = connection.CreateCommand();
        head.CommandText = "SELECT body FROM entities WHERE pk = $pk AND rk = 'jm'";
        head.Parameters.AddWithValue("$pk", jointMeetingId);
        var body = head.ExecuteScalar() as string ?? "";
        using var requests = connection.CreateCommand();
        requests.CommandText = "SELECT count(*) FROM entities WHERE pk = $pk AND rk >= 'q|' AND rk < 'q}'";
        requests.Parameters.AddWithValue("$pk", jointMeetingId);
        var rows = Convert.ToInt32(requests.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var pending = (body.Length - body.Replace("\"status\":\"Pending\"", "", StringComparison.Ordinal).Length) / "\"status\":\"Pending\"".Length;
        return new StoredRow(body.Length, pending, rows);
    }

    public override string ToString() => $"{RowChars:N0} chars, {PendingInsideRow} requests inside, {RequestRows} request rows beside";
}
