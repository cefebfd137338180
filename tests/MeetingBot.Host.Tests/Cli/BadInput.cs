namespace MeetingBot.Host.Tests.Cli;

public enum BadInput
{
    MissingFile,
    EmptyFile,
    BinaryFile,
    UnnumberedText,
}

// Writes each kind of unusable document into a temp folder and returns its path.
internal static class BadInputFiles
{
    public static string Create(TempFolder folder, BadInput kind) => kind switch
    {
        BadInput.MissingFile => Path.Combine(folder.Path, "no-such-document.txt"),
        BadInput.EmptyFile => folder.WriteText("empty.txt", ""),
        BadInput.BinaryFile => folder.WriteBytes("binary.txt", RandomBytesWithNuls()),
        BadInput.UnnumberedText => folder.WriteText("unnumbered.txt",
            "职业教育与普通教育是两种不同教育类型，具有同等重要地位。\n" +
            "各地要高度重视职业教育工作，加强组织领导，认真抓好落实。\n" +
            "本方案自印发之日起施行。\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] RandomBytesWithNuls()
    {
        var bytes = new byte[4096];
        new Random(20240630).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 7)
        {
            bytes[i] = 0;
        }

        return bytes;
    }
}
