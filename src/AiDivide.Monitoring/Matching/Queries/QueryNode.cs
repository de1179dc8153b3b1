namespace AiDivide.Monitoring.Matching.Queries;

/// <summary>A node of a parsed topic query.</summary>
public abstract record QueryNode;

/// <summary>A word or "exact phrase" (index into <see cref="TopicQuery.Terms"/>).</summary>
public sealed record TermNode(int Term) : QueryNode;

/// <summary><c>-x</c>: true when <see cref="Operand"/> is false.</summary>
public sealed record NotNode(QueryNode Operand) : QueryNode;

/// <summary><c>a AND b</c>, or <c>a b</c>.</summary>
public sealed record AndNode(QueryNode Left, QueryNode Right) : QueryNode;

/// <summary><c>a OR b</c>.</summary>
public sealed record OrNode(QueryNode Left, QueryNode Right) : QueryNode;

/// <summary><c>site:example.org</c>: the article's host is this domain or one under it.</summary>
public sealed record SiteNode(string Domain) : QueryNode;

/// <summary><c>lang:zh</c>: the article's language tag starts with this language.</summary>
public sealed record LanguageNode(string Language) : QueryNode;
