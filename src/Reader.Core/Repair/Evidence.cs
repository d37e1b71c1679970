using Reader.Core.Repair.Encodings;

namespace Reader.Core.Repair;

/// <summary>
/// Runs (and their characters) that read as mojibake, strongly or weakly, or as genuine text under one code page; and of
/// the strong runs, those that read as accented Latin letters or typographic punctuation and those that read as
/// characters no text is written in, under a page that loses no byte; and those in lines that read more as damage than
/// as genuine text (<see cref="StrongWhereDamage"/>: the clean paragraphs of a text damaged in places, genuine Cyrillic
/// beside cp437 damage, say nothing of the others), how well the page explains those lines
/// (<see cref="FitWhereDamage"/>) and how many of their strong runs are Latin (<see cref="LatinWhereDamage"/>); and of
/// the Latin ones, those inside a word of Latin letters or that read as a mark set off where it stands in text
/// (<see cref="LatinInPlace"/>: "LetΓÇÖs", "caf├⌐", "21 ΓÇö in"); and the shape of the runs in the lines that read
/// more as damage (<see cref="ShapeWhereDamage"/>); and the strong characters and shape of the long stretches of runs that
/// no genuine letter parts (<see cref="StretchChars"/>: a sentence of Russian misread beside clean ones in its line).
/// </summary>
internal readonly record struct Evidence(
    int Strong, int Weak, int Clean, long StrongChars, long CleanChars, RunShape Shape = default, long LoneLeadChars = 0, int LatinStrong = 0,
    int UnreadableStrong = 0, int StrongWhereDamage = 0, int LatinInPlace = 0, long FitWhereDamage = 0, int LatinWhereDamage = 0,
    RunShape ShapeWhereDamage = default, long StretchChars = 0, RunShape StretchShape = default)
{
    /// <summary>How well the page explains the text: characters it re-decodes minus those it cannot.</summary>
    public long Fit => StrongChars - CleanChars;

    /// <summary>
    /// <see cref="Fit"/> with lone lead bytes counting for neither side: a page that loses bytes counts them as weak
    /// evidence, one that loses none as genuine text, and pages are only compared fairly where both count alike (the
    /// clean accents of a partly damaged document would otherwise always outvote a page that loses nothing).
    /// </summary>
    public long FitBesideLoneLeads => Fit + LoneLeadChars;

    public Evidence Add(Evidence other) =>
        new(Strong + other.Strong, Weak + other.Weak, Clean + other.Clean, StrongChars + other.StrongChars, CleanChars + other.CleanChars,
            Shape.Add(other.Shape), LoneLeadChars + other.LoneLeadChars, LatinStrong + other.LatinStrong, UnreadableStrong + other.UnreadableStrong,
            StrongWhereDamage + other.StrongWhereDamage, LatinInPlace + other.LatinInPlace, FitWhereDamage + other.FitWhereDamage,
            LatinWhereDamage + other.LatinWhereDamage, ShapeWhereDamage.Add(other.ShapeWhereDamage), StretchChars + other.StretchChars,
            StretchShape.Add(other.StretchShape));
}
