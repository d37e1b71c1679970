namespace Reader.Site.Tests.Browser;

/// <summary>A test that drives the system Chromium; skipped with the reason when it is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserSite.ChromiumPath))
        {
            Skip = $"Chromium not found at {BrowserSite.ChromiumPath}: install the Debian package 'chromium' (apt-get install -y chromium) to run the browser tests.";
        }
    }
}
