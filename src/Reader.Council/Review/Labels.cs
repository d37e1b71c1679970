namespace Reader.Council.Review;

/// <summary>Anonymous names for answers under review: Response A, Response B, …</summary>
public static class Labels
{
    public static string For(int index) => "Response " + Letters(index);

    private static string Letters(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Letters(index / 26 - 1) + (char)('A' + index % 26);
}
