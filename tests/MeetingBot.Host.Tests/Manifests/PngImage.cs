using System.Buffers.Binary;
using System.IO.Compression;

namespace MeetingBot.Host.Tests.Manifests;

// A PNG reader just big enough to check the Teams icons: header fields, and the pixels of 8-bit, non-interlaced
// grey, RGB, grey+alpha and RGBA images (System.Drawing is Windows-only; ImageMagick is not there in tests).
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public int Width { get; private init; }
    public int Height { get; private init; }
    public int BitDepth { get; private init; }
    /// <summary>0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA.</summary>
    public int ColorType { get; private init; }
    public bool Interlaced { get; private init; }
    public bool HasTransparencyChunk { get; private init; }
    private byte[] Compressed { get; init; } = [];

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            throw new InvalidDataException($"{path} is not a PNG.");

        using var idat = new MemoryStream();
        var (width, height, depth, colorType, interlaced, trns) = (0, 0, 0, 0, false, false);
        for (var at = Signature.Length; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                    (depth, colorType, interlaced) = (data[8], data[9], data[12] != 0);
                    break;
                case "tRNS":
                    trns = true;
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            at += 12 + length; // length, type, data, CRC
        }

        return new PngImage
        {
            Width = width, Height = height, BitDepth = depth, ColorType = colorType, Interlaced = interlaced,
            HasTransparencyChunk = trns, Compressed = idat.ToArray(),
        };
    }

    /// <summary>Every pixel as (R, G, B, A), row by row.</summary>
    public IReadOnlyList<(byte R, byte G, byte B, byte A)> Pixels()
    {
        var channels = ColorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || BitDepth != 8 || Interlaced)
            throw new NotSupportedException($"Only 8-bit, non-interlaced grey/RGB/grey+alpha/RGBA PNGs are read here (colour type {ColorType}, depth {BitDepth}).");

        var raw = Inflate(Compressed);
        var stride = Width * channels;
        var previous = new byte[stride];
        var pixels = new List<(byte, byte, byte, byte)>(Width * Height);
        for (var y = 0; y < Height; y++)
        {
            var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            Unfilter(raw[y * (stride + 1)], row, previous, channels);
            for (var x = 0; x < Width; x++)
            {
                var p = row.AsSpan(x * channels, channels);
                pixels.Add(ColorType switch
                {
                    0 => (p[0], p[0], p[0], 255),
                    2 => (p[0], p[1], p[2], 255),
                    4 => (p[0], p[0], p[0], p[1]),
                    _ => (p[0], p[1], p[2], p[3]),
                });
            }

            previous = row;
        }

        return pixels;
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var inflater = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return raw.ToArray();
    }

    // The five PNG filters, undone in place; bpp is bytes per pixel (one byte a channel at depth 8).
    private static void Unfilter(byte filter, byte[] row, byte[] previous, int bpp)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
            var predictor = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
            };
            row[i] = (byte)(row[i] + predictor);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
