using Reader.Core.Alignment;
using Reader.Search.Grouping;

namespace Reader.Search.Tests;

public sealed class UnitGroupsTests
{
    [Fact]
    public void Without_an_alignment_every_unit_is_a_group_of_its_own()
    {
        var groups = UnitGroups.From(MiniCorpus.Corpus, null);

        Assert.Equal(MiniCorpus.Corpus.Units.Count(), groups.Count);
        Assert.All(MiniCorpus.Corpus.Units, u => Assert.Equal([u.Id], groups.Members(groups.GroupOf(u.Id))));
    }

    [Fact]
    public void Units_an_alignment_leaves_out_become_singletons_and_unknown_ids_are_ignored()
    {
        var alignment = new AlignmentResult(
        [
            new AlignmentGroup("g1", "shift-5", [MiniCorpus.UnitId("en", "g-vibe"), MiniCorpus.UnitId("zh", "g-vibe"), "no-such-unit"], 0.9, "test"),
        ]);

        var groups = UnitGroups.From(MiniCorpus.Corpus, alignment);

        Assert.Equal([MiniCorpus.UnitId("en", "g-vibe"), MiniCorpus.UnitId("zh", "g-vibe")], groups.Members("g1"));
        var es = MiniCorpus.UnitId("es", "g-vibe");
        Assert.Equal(es, groups.GroupOf(es));
        Assert.Equal(MiniCorpus.Corpus.Units.Count() - 1, groups.Count);
    }

    [Fact]
    public void A_unit_listed_twice_stays_in_its_first_group()
    {
        var unit = MiniCorpus.UnitId("nl", "g-council");

        var groups = UnitGroups.FromPartition(MiniCorpus.Corpus, [("a", [unit]), ("b", [unit])]);

        Assert.Equal("a", groups.GroupOf(unit));
        Assert.Throws<KeyNotFoundException>(() => groups.Members("b"));
    }
}
