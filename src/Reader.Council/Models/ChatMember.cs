using Microsoft.Extensions.AI;

namespace Reader.Council.Models;

/// <summary>A council seat backed by a chat model: its name (the model id) and the client that reaches it.</summary>
public sealed record ChatMember(string Name, IChatClient Client);
