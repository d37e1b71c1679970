namespace Reader.Search.Indexing;

/// <summary>Names of the stored fields of a unit's index document; the text fields are per language (<see cref="Languages.SearchLanguage.Field"/>).</summary>
internal static class IndexFields
{
    public const string Unit = "unit";
    public const string Document = "doc";
    public const string Lang = "lang";
    public const string Section = "section";
    public const string Group = "group";
    public const string Text = "text";

    /// <summary>Commit user-data key holding the fingerprint of what was indexed.</summary>
    public const string Fingerprint = "reader.fingerprint";

    /// <summary>Commit user-data key holding how many units were indexed.</summary>
    public const string UnitCount = "reader.units";
}
