using Reader.Core.Repair.Decoding;

namespace Reader.Core.Tests.Repair.Decoding;

public class ViterbiStatesTests
{
    [Fact]
    public void KeepsTheBestStatesAndAmongEqualScoresTheFirstReached()
    {
        var states = new ViterbiStates<double>(2, new ViterbiStates<double>.Pool());
        // Reached in this order; 5 and 9 tie with 1, 7 and 3 with 2, and only four go on.
        double[] scores = [-1, -2, -0.5, -2, -1, -3, -2, -1];
        for (var k = 0; k < scores.Length; k++)
        {
            states.At(0)[k + 1] = scores[k];
        }

        var live = states.Live(0, 4, score => score);

        // As a stable sort by descending score leaves them: -0.5, then the three -1 in the order reached.
        Assert.Equal([3L, 1L, 5L, 8L], live.Keys);
        Assert.Same(live, states[0]);
    }

    [Fact]
    public void RanksManyStatesAsAStableSortByScoreWould()
    {
        // Hundreds of states with a handful of scores (as word searches reach them): the sort must not reorder equals.
        var states = new ViterbiStates<double>(1, new ViterbiStates<double>.Pool());
        var random = new Random(7);
        for (var k = 0; k < 500; k++)
        {
            states.At(0)[random.NextInt64(1, 1L << 40)] = -random.Next(8);
        }
        var expected = states[0]!.OrderByDescending(s => s.Value).Take(64).Select(s => s.Key).ToList();

        var live = states.Live(0, 64, score => score);

        Assert.Equal(expected, live.Keys);
    }

    [Fact]
    public void KeepsEveryStateWhereThereAreNoMoreThanTheBest()
    {
        var states = new ViterbiStates<double>(1, new ViterbiStates<double>.Pool());
        states.At(0)[7] = -2;
        states.At(0)[4] = -1;

        var live = states.Live(0, 4, score => score);

        Assert.Equal([7L, 4L], live.Keys);
    }

    [Fact]
    public void APositionKeepsItsFewStatesInOrderAndNotInALargePooledDictionary()
    {
        var states = new ViterbiStates<double>(3, new ViterbiStates<double>.Pool());
        var large = states.At(0);
        for (var k = 0; k < 1000; k++)
        {
            large[k] = -k;
        }
        states.Live(0, 4, score => score);
        var reused = states.At(1);
        reused[9] = -3;
        reused[2] = -1;

        var live = states.Live(1, 4, score => score);

        // The large dictionary went back to the pool and came out for position 1; the trace keeps a copy its size.
        Assert.Same(large, reused);
        Assert.NotSame(reused, live);
        Assert.Equal([9L, 2L], live.Keys);
    }

    [Fact]
    public void AReleasedPositionsDictionaryComesBackEmptyForAnother()
    {
        var pool = new ViterbiStates<double>.Pool();
        var first = new ViterbiStates<double>(3, pool);
        var used = first.At(1);
        used[42] = -1;
        first.ReleaseAll();

        var second = new ViterbiStates<double>(3, pool);
        var reused = second.At(2);

        Assert.Null(first[1]);
        Assert.Same(used, reused);
        Assert.Empty(reused);
    }
}
