using System.IO.Compression;
using System.Xml;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>
/// Looks inside an Office file before the OpenXml SDK unpacks it: a zip bomb (a part that unpacks a thousandfold,
/// or parts adding up past the limit), a package that is not a Word document (an Excel or PowerPoint file, a plain
/// zip), a macro-enabled or encrypted one, and XML nested deeper than any real document are refused here.
/// </summary>
internal static class OfficePackageGuard
{
    public const string DocumentPart = "word/document.xml";

    /// <summary>Null when the package may be opened; otherwise why not.</summary>
    public static string? Check(byte[] bytes, PolicyFileLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries) return $"the Word file has {zip.Entries.Count} parts, more than a document has ({limits.MaxZipEntries})";
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxUnpackedBytes) return $"the Word file unpacks to more than {limits.MaxUnpackedBytes / (1024 * 1024)} MB";
                if (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * (long)limits.MaxCompressionRatio)
                    return $"the Word file's part {entry.FullName} unpacks {entry.Length / Math.Max(1, entry.CompressedLength)}-fold (a zip bomb?)";
            }
            if (zip.GetEntry(DocumentPart) is not { } document)
            {
                if (zip.GetEntry("xl/workbook.xml") is not null) return "this is an Excel workbook, not a Word document; save the plan as .docx";
                if (zip.GetEntry("ppt/presentation.xml") is not null) return "this is a PowerPoint file, not a Word document; save the plan as .docx";
                return zip.GetEntry("[Content_Types].xml") is null
                    ? "this is a zip archive, not a Word document; send the .docx itself"
                    : "this Office file has no Word document inside (word/document.xml)";
            }
            return CheckDepth(document, limits.MaxXmlDepth);
        }
        catch (InvalidDataException)
        {
            return "the Word file is damaged (its zip structure cannot be read)";
        }
    }

    // The SDK builds the document's element tree recursively: a document nested thousands deep is refused first.
    private static string? CheckDepth(ZipArchiveEntry entry, int maxDepth)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
                if (reader.Depth > maxDepth) return $"the Word document's XML is nested deeper than {maxDepth} levels";
            return null;
        }
        catch (XmlException e)
        {
            return $"the Word document's XML is damaged ({e.Message})";
        }
    }
}
