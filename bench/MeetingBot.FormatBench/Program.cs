using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Policy.Parsing;

// Builds a 30-page Word plan (numbered sections of prose, then a 100-row 任务分工表 with merged lead cells), has
// LibreOffice export it to PDF, and times PolicyParser.Parse on each: the first import in the process (what a
// process that has not read a document yet takes: its code not yet compiled), the median of 10 runs after 2
// warm-ups, and the first import in a fresh process after the host's start-up warm-up (FormatWarmup: what the first
// document sent to a running host takes); then, for the PDF, where the time goes (PdfPig, reading into text, the parser).
// Exit 1 when a parse fails or finds other than the 100 tasks of the table; the 1 s target is reported, not enforced.
// Arguments: "pdf" times the PDF first; "docx" the Word file only; "--save DIR" keeps the plan's .docx and .pdf there;
// "--file PATH" times that one document (yours, or a saved plan) and nothing else, e.g. under a profiler.
Console.OutputEncoding = Encoding.UTF8;
if (args.Length == 2 && args[0] == "--file")
    return TimeFile(args[1]);
// "--text FILE": the text a document is read into (what the parser gets).
if (args.Length == 2 && args[0] == "--text")
{
    Console.Write(MeetingBot.Core.Policy.Formats.PolicyFileReader.Read(File.ReadAllBytes(args[1]), Path.GetFileName(args[1])).Document?.Text);
    return 0;
}
// "--after-warmup ROUNDS FILE": what the host's first import of FILE takes after its start-up warm-up (FormatWarmup).
if (args.Length == 3 && args[0] == "--after-warmup")
{
    var warm = MeetingBot.Core.Policy.Formats.FormatWarmup.Run(int.Parse(args[1]), CancellationToken.None);
    Console.WriteLine($"warm-up of {args[1]} rounds: {warm.TotalMilliseconds:0} ms");
    Thread.Sleep(500); // the host serves meanwhile; the runtime finishes optimising in the background
    return TimeFile(args[2]);
}
// "--warmup-plan DIR": the small plan the host reads at start-up (Policy/Formats/Warmup), as .docx and LibreOffice's .pdf.
if (args.Length == 2 && args[0] == "--warmup-plan")
{
    Directory.CreateDirectory(args[1]);
    File.WriteAllBytes(Path.Combine(args[1], "warmup-plan.docx"), Plan(sections: 1, rows: 12));
    Process.Start(new ProcessStartInfo("soffice", [$"-env:UserInstallation=file://{Path.GetFullPath(args[1])}/profile", "--headless", "--convert-to", "pdf", "--outdir", args[1], Path.Combine(args[1], "warmup-plan.docx")]))!.WaitForExit();
    Directory.Delete(Path.Combine(args[1], "profile"), recursive: true);
    return 0;
}
var folder = Directory.CreateTempSubdirectory("meetingbot-formatbench-");
try
{
    var docx = Plan();
    var docxPath = Path.Combine(folder.FullName, "plan.docx");
    File.WriteAllBytes(docxPath, docx);
    var soffice = Process.Start(new ProcessStartInfo("soffice", [$"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, docxPath]) { RedirectStandardOutput = true })!;
    soffice.WaitForExit();
    var pdf = File.ReadAllBytes(Path.Combine(folder.FullName, "plan.pdf"));
    if (Array.IndexOf(args, "--save") is var save and >= 0 && save + 1 < args.Length)
    {
        Directory.CreateDirectory(args[save + 1]);
        File.WriteAllBytes(Path.Combine(args[save + 1], "plan.docx"), docx);
        File.WriteAllBytes(Path.Combine(args[save + 1], "plan.pdf"), pdf);
    }
    using (var read = UglyToad.PdfPig.PdfDocument.Open(pdf)) Console.WriteLine($"plan: {docx.Length / 1024} KB .docx, {pdf.Length / 1024} KB .pdf of {read.NumberOfPages} pages");

    var failed = false;
    // "pdf" as the argument times the PDF first (its first import then pays for all the code it needs), "docx" the Word file only.
    var formats = args.FirstOrDefault() switch
    {
        "pdf" => new[] { ("plan.pdf", pdf), ("plan.docx", docx) },
        "docx" => [("plan.docx", docx)],
        _ => [("plan.docx", docx), ("plan.pdf", pdf)],
    };
    foreach (var (name, bytes) in formats)
    {
        var times = new List<double>();
        for (var run = 0; run < 12; run++)
        {
            var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
            var clock = Stopwatch.StartNew();
            var parsed = PolicyParser.Parse(bytes, name);
            clock.Stop();
            if (run == 0)
                Console.WriteLine($"{name}: first import compiled {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods in {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:0} ms of JIT");
            var tasks = parsed.Document?.Tasks.Count(t => t.Path[0] == "附件") ?? 0;
            if (parsed.Document is null || tasks != 100)
            {
                Console.WriteLine($"{name}: FAILED ({parsed.Error ?? $"{tasks} table tasks, expected 100"})");
                // The table lines that do not start with a row number, to see what went wrong.
                foreach (var line in (MeetingBot.Core.Policy.Formats.PolicyFileReader.Read(bytes, name).Document?.Text ?? "").Split('\n').Where(l => l.Contains(" | ") && !char.IsAsciiDigit(l[0])).Take(5))
                    Console.WriteLine("  " + line);
                failed = true;
                break;
            }
            if (run == 0) Console.WriteLine($"{name}: first import in this process {clock.Elapsed.TotalMilliseconds:0} ms");
            if (run >= 2) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        if (times.Count > 0)
        {
            times.Sort();
            var median = times[times.Count / 2];
            Console.WriteLine($"{name}: median {median:0} ms, max {times[^1]:0} ms over {times.Count} runs — target < 1000 ms: {(median < 1000 ? "met" : "MISSED")}");
        }
    }
    // The first import in a host: a fresh process of this bench that first does the host's start-up warm-up.
    foreach (var name in new[] { "plan.pdf", "plan.docx" })
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, name), name.EndsWith(".pdf") ? pdf : docx);
        var self = System.Reflection.Assembly.GetEntryAssembly()!.Location;
        string[] childArgs = ["--after-warmup", MeetingBot.Core.Policy.Formats.FormatWarmup.DefaultRounds.ToString(), Path.Combine(folder.FullName, name)];
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet";
        using var child = Process.Start(new ProcessStartInfo(dotnet ? Environment.ProcessPath! : Path.ChangeExtension(self, null), dotnet ? [self, .. childArgs] : childArgs) { RedirectStandardOutput = true })!;
        var said = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        foreach (var line in said.Split('\n', StringSplitOptions.RemoveEmptyEntries)) Console.WriteLine($"after the host's start-up warm-up, {line}");
    }
    // Where a PDF's time goes: PdfPig's reading of the letters and drawings, our reading of them into text, the parser.
    var pdfText = MeetingBot.Core.Policy.Formats.PolicyFileReader.Read(pdf, "plan.pdf").Document!.Text;
    foreach (var (stage, run) in new (string, Action)[]
    {
        ("pdf: PdfPig letters and paths", () => { using var read = UglyToad.PdfPig.PdfDocument.Open(pdf); foreach (var page in read.GetPages()) _ = page.Letters.Count + page.Paths.Count; }),
        ("pdf: read into text (PdfPig included)", () => MeetingBot.Core.Policy.Formats.PolicyFileReader.Read(pdf, "plan.pdf")),
        ("docx: read into text", () => MeetingBot.Core.Policy.Formats.PolicyFileReader.Read(docx, "plan.docx")),
        ("pdf: its text parsed", () => PolicyParser.ParseText(pdfText, "plan.pdf")),
        ("pdf: the whole parse again", () => PolicyParser.Parse(pdf, "plan.pdf")),
        ("docx: the whole parse again", () => PolicyParser.Parse(docx, "plan.docx")),
    })
    {
        var times = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            if (i >= 2) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"  {stage}: median {times[times.Count / 2]:0} ms");
    }
    return failed ? 1 : 0;
}
finally
{
    folder.Delete(recursive: true);
}

// One document: its first import in this process, then the median of 10 after 2 warm-ups.
static int TimeFile(string path)
{
    var bytes = File.ReadAllBytes(path);
    var times = new List<double>();
    for (var run = 0; run < 12; run++)
    {
        var clock = Stopwatch.StartNew();
        var parsed = PolicyParser.Parse(bytes, Path.GetFileName(path));
        clock.Stop();
        if (parsed.Document is null) { Console.WriteLine($"{path}: FAILED ({parsed.Error})"); return 1; }
        if (run == 0) Console.WriteLine($"{Path.GetFileName(path)}: first import in this process {clock.Elapsed.TotalMilliseconds:0} ms, {parsed.Document.Tasks.Count} tasks");
        if (run >= 2) times.Add(clock.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"{Path.GetFileName(path)}: median {times[times.Count / 2]:0} ms, max {times[^1]:0} ms over {times.Count} runs");
    return 0;
}

// The plan: 8 sections and a 100-row table are 30 pages; the start-up warm-up's plan is a small one of the same shape.
static byte[] Plan(int sections = 8, int rows = 100)
{
    using var stream = new MemoryStream();
    using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
    {
        var body = new Body(P("某某市职业教育提质培优三年行动计划（2021—2023年）"));
        string[] numbers = ["一", "二", "三", "四", "五", "六", "七", "八"];
        for (var section = 0; section < sections; section++)
        {
            body.Append(P($"{numbers[section]}、第{section + 1}部分重点工作"));
            for (var item = 1; item <= 6; item++)
            {
                body.Append(P($"（{numbers[item - 1]}）推进第{item}项改革。"));
                for (var para = 0; para < (item == 6 ? 6 : 7); para++)
                    body.Append(P("坚持以习近平新时代中国特色社会主义思想为指导，深化产教融合、校企合作，完善职业教育体系，提高技术技能人才培养质量，到2023年，职业院校办学条件全面达标，“双师型”教师占专业课教师比例达到60%以上，服务区域经济社会发展的能力显著增强。"));
            }
        }
        body.Append(P("附件：重点任务分工表"));
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(new[] { 700, 4000, 1500, 2000, 1200 }.Select(w => new GridColumn { Width = w.ToString() })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(Cells("序号", "工作任务", "牵头单位", "责任单位", "完成时限"));
        table.Append(header);
        string[] leads = ["市教育局", "市发展改革委", "市人力资源社会保障局", "市财政局"];
        for (var row = 1; row <= rows; row++)
        {
            var merge = (row - 1) % 4 == 0 ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge();
            table.Append(new TableRow(
                Cell(row.ToString()), Cell($"落实第{row}项重点任务，建设高水平专业群和实训基地，完善校企合作机制。"),
                new TableCell(new TableCellProperties(merge), P((row - 1) % 4 == 0 ? leads[(row - 1) / 4 % 4] : "")),
                Cell("市财政局、市工业和信息化局"), Cell($"{2021 + row % 3}年底前")));
        }
        body.Append(table);
        document.AddMainDocumentPart().Document = new Document(body);
    }
    return stream.ToArray();

    static Paragraph P(string text) => new(new Run(new Text(text)));
    static TableCell Cell(string text) => new(P(text));
    static TableCell[] Cells(params string[] texts) => [.. texts.Select(Cell)];
}
