using Recap.Model;

namespace Recap.Markdown.Images.Remote;

/// <summary>A picture named by web address: the checked asset, or why it cannot be had.</summary>
/// <param name="Removed">What cleaning took out of an SVG, for the same warning a local one gets.</param>
internal sealed record RemotePicture(ImageAsset? Asset, string? Problem, IReadOnlyList<string> Removed)
{
    public static RemotePicture Missing(string problem) => new(null, problem, []);
}
