using YamlDotNet.Serialization;

namespace Recap.Theming;

/// <summary>
/// <c>theme.yml</c>'s deserializer, generated at compile time: reflection-free, so the CLI can be
/// published ahead of time (NativeAOT) and starts without building a reflection model.
/// </summary>
[YamlStaticContext]
[YamlSerializable(typeof(ThemeFile))]
[YamlSerializable(typeof(ThemeFile.MarginsSection))]
[YamlSerializable(typeof(ThemeFile.TypeSection))]
[YamlSerializable(typeof(ThemeFile.BodySection))]
[YamlSerializable(typeof(ThemeFile.HeadingsSection))]
[YamlSerializable(typeof(ThemeFile.BookletSection))]
[YamlSerializable(typeof(ThemeFile.FontsSection))]
[YamlSerializable(typeof(MicrotypeSection))]
public partial class ThemeYamlContext : StaticContext;
