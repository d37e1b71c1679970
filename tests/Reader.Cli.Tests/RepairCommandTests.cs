using System.Text;
using System.Text.Json;

namespace Reader.Cli.Tests;

public sealed class RepairCommandTests : IDisposable
{
    // "抱歉忘了原帖" as UTF-8 read with cp1254: bytes 0xAD (soft hyphen, stripped) and 0x8E were lost.
    private const string Damaged = "Note: \u00E6\u0160\u00B1\u00E6\u2030\u00E5\u00BF\u02DC\u00E4\u00BA\u2020\u00E5\u0178\u00E5\u00B8\u2013\n";
    private const string Repaired = "Note: \u62B1\u6B49\u5FD8\u4E86\u539F\u5E16\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("reader-repair-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task RepairsAFileToStdout()
    {
        var path = Write("damaged.txt", Damaged);
        var (exit, stdout, stderr) = await CliRunner.RunAsync("repair", path);
        Assert.Equal(0, exit);
        Assert.Equal(Repaired, stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task CleanTextIsCopiedByteForByte()
    {
        var clean = "Ångström wrote \u00C3\u00A9 on purpose \u2014 \u00AB\u00BB \u2122 \u011F\u015F\u0131.\n";
        var path = Write("clean.txt", clean);
        var (exit, stdout, _) = await CliRunner.RunAsync("repair", path);
        Assert.Equal(0, exit);
        Assert.Equal(clean, stdout);
    }

    [Fact]
    public async Task OutWritesAtomicallyAndLeavesStdoutEmpty()
    {
        var path = Write("damaged.txt", Damaged);
        var target = Path.Combine(_dir, "out", "repaired.txt");
        var (exit, stdout, _) = await CliRunner.RunAsync("repair", path, "--out", target);
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Equal(Repaired, File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.tmp"));
    }

    [Fact]
    public async Task InPlaceReplacesTheFile()
    {
        var path = Write("damaged.txt", Damaged);
        var (exit, _, _) = await CliRunner.RunAsync("repair", path, "--in-place");
        Assert.Equal(0, exit);
        Assert.Equal(Repaired, File.ReadAllText(path));
    }

    [Fact]
    public async Task ReportGoesToStderrWithEveryRebuiltCharacter()
    {
        var path = Write("damaged.txt", Damaged);
        var (exit, stdout, stderr) = await CliRunner.RunAsync("repair", path, "--report");
        Assert.Equal(0, exit);
        Assert.Equal(Repaired, stdout);
        Assert.Contains("cp1254", stderr);
        Assert.Contains("2 lost bytes rebuilt in 2 characters", stderr);
        Assert.Contains("1:8 \u00E6\u2030 -> \u6B49", stderr);
    }

    [Fact]
    public async Task JsonIsOneObjectWithTextAndReport()
    {
        var path = Write("damaged.txt", Damaged);
        var (exit, stdout, _) = await CliRunner.RunAsync("repair", path, "--report", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(Repaired, root.GetProperty("text").GetString());
        Assert.Equal("cp1254", root.GetProperty("encodings")[0].GetString());
        Assert.Equal(2, root.GetProperty("bytesRebuilt").GetInt32());
        var rebuilt = root.GetProperty("rebuilt").EnumerateArray().ToList();
        Assert.Equal(2, rebuilt.Count);
        Assert.All(rebuilt, r => Assert.InRange(r.GetProperty("confidence").GetDouble(), 0.0, 1.0));
        Assert.Equal("\u539F", rebuilt[1].GetProperty("chosen").GetString());
    }

    [Fact]
    public async Task EmptyFileGivesEmptyOutput()
    {
        var path = Write("empty.txt", "");
        var (exit, stdout, stderr) = await CliRunner.RunAsync("repair", path);
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("directory")]
    [InlineData("binary")]
    [InlineData("invalid-utf8")]
    [InlineData("truncated-utf8")]
    public async Task BadInputIsOneLineAndExitTwo(string kind)
    {
        var path = kind switch
        {
            "missing" => Path.Combine(_dir, "nope.txt"),
            "directory" => _dir,
            "binary" => WriteBytes("image.bin", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]),
            "invalid-utf8" => WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("caf\u00E9 cr\u00E8me\n")),
            _ => WriteBytes("cut.txt", [.. Encoding.UTF8.GetBytes("ok "), 0xE4, 0xB8]),
        };
        var target = Path.Combine(_dir, "never.txt");
        var (exit, stdout, stderr) = await CliRunner.RunAsync("repair", path, "--out", target);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", stderr);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task InPlaceWithoutAFileIsAUsageError()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("repair", "-", "--in-place");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", stderr);
    }

    private string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
