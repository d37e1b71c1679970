using System.Collections.Concurrent;
using Reader.Core.Text;

namespace Reader.Council.Text;

/// <summary>Sentence splitting per language, with one segmenter per language kept for reuse.</summary>
internal static class Sentences
{
    private static readonly ConcurrentDictionary<string, SentenceSegmenter> s_segmenters = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Split(string text, string lang) =>
        s_segmenters.GetOrAdd(lang, l => new SentenceSegmenter(l)).Split(text);
}
