using AiDivide.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["stories-eval", ..])
{
    return StoryEvaluation.Run();
}

if (args is ["poll-cycle", ..])
{
    return await PollCycleLoad.RunAsync(args);
}

if (args is ["extraction-interleaved", ..])
{
    return ExtractionInterleaved.Run();
}

if (args is ["matching-memory", ..])
{
    return MatchingMemory.Run();
}

if (args is ["matching-interleaved", ..])
{
    return MatchingInterleaved.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineThroughputBenchmarks).Assembly).Run(args);
return 0;
