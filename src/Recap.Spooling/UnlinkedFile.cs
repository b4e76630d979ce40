using Microsoft.Win32.SafeHandles;

namespace Recap.Spooling;

/// <summary>
/// A temporary file removed from its folder as soon as it is made where the system allows it (the open
/// handle keeps the data), so that not even a process killed outright leaves it behind; elsewhere it goes
/// when closed. Where spools and spill files put what outgrows memory.
/// </summary>
public static class UnlinkedFile
{
    /// <summary>A new such file in the temporary folder, open to read and write.</summary>
    public static SafeFileHandle Open()
    {
        var path = Path.Combine(Path.GetTempPath(), "recap-" + Path.GetRandomFileName());
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        return file;
    }
}
