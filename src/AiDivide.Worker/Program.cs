using AiDivide.Worker.Cli;

return await MonitorCli.Create().Parse(args).InvokeAsync();
