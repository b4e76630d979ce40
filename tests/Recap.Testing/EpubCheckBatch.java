import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Checks many EPUBs in one JVM: reads one path per line on standard input and, for each, runs
 * epubcheck exactly as its command line does and prints its report, then a line
 * "@@epubcheck-exit N" with the exit status the command line would have given.
 */
public final class EpubCheckBatch {
    public static void main(String[] args) throws Exception {
        var input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var output = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (var path = input.readLine(); path != null; path = input.readLine()) {
            var report = new ByteArrayOutputStream();
            var capture = new PrintStream(report, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            int status;
            try {
                status = new EpubChecker().run(new String[] { path });
            } catch (Throwable failure) {
                failure.printStackTrace(capture);
                status = 70;
            }
            capture.flush();
            output.print(report.toString(StandardCharsets.UTF_8));
            output.println("@@epubcheck-exit " + status);
        }
    }
}
