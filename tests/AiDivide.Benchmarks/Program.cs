using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AiDivide.Benchmarks.PipelineThroughputBenchmarks).Assembly).Run(args);
