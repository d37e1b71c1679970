namespace Reader.Core.Ingestion.Parsing;

/// <summary>Turns the text of one document into plain-text blocks.</summary>
public interface IBlockReader
{
    IReadOnlyList<SourceBlock> Read(string text);
}
