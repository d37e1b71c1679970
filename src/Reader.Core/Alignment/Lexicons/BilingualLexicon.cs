using System.Collections.Concurrent;
using System.IO.Compression;
using System.Reflection;

namespace Reader.Core.Alignment.Lexicons;

/// <summary>A word list from one language into English content words, derived from CC-CEDICT or FreeDict (see tools/lexicon).</summary>
public sealed class BilingualLexicon
{
    private static readonly ConcurrentDictionary<string, BilingualLexicon> s_cache = new(StringComparer.Ordinal);

    // Glosses stay one string until asked for: most of the ~100k headwords are never looked up.
    private readonly Dictionary<string, string> _entries;

    private BilingualLexicon(string lang, Dictionary<string, string> entries)
    {
        Lang = lang;
        _entries = entries;
        MaxKeyLength = entries.Count == 0 ? 0 : entries.Keys.Max(k => k.Length);
    }

    public string Lang { get; }

    public int Count => _entries.Count;

    /// <summary>Length of the longest headword, the window for longest-match segmentation.</summary>
    public int MaxKeyLength { get; }

    /// <summary>An empty lexicon, for languages without one (English, the pivot, needs none).</summary>
    public static BilingualLexicon Empty(string lang) => new(lang, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The embedded lexicon for <paramref name="lang"/>, loaded once; empty when none ships.</summary>
    public static BilingualLexicon For(string lang) => s_cache.GetOrAdd(lang, Load);

    /// <summary>English glosses of <paramref name="word"/> (lower-case headword), or none.</summary>
    public bool TryTranslate(string word, out string[] english)
    {
        if (_entries.TryGetValue(word, out var glosses))
        {
            english = glosses.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return true;
        }
        english = [];
        return false;
    }

    /// <summary>Parses "headword TAB english english …" lines.</summary>
    public static BilingualLexicon Parse(string lang, TextReader reader)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }
            entries[line[..tab]] = line[(tab + 1)..];
        }
        return new BilingualLexicon(lang, entries);
    }

    private static BilingualLexicon Load(string lang)
    {
        var assembly = typeof(BilingualLexicon).Assembly;
        var name = $"Reader.Core.Alignment.Data.{lang}-en.tsv.gz";
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return Empty(lang);
        }
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return Parse(lang, reader);
    }
}
