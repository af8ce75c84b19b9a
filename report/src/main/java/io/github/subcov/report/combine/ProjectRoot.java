package io.github.subcov.report.combine;

import io.github.subcov.interceptor.data.DataFormat;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory the build that wrote a data directory ran in, as {@code prepare} recorded it
 * there ({@link DataFormat#PROJECT_ROOT}). The paths a manifest records are shown relative to it:
 * the processes of CI shards, each of which ran under another root, then read alike, and a
 * command line reads shorter. A path outside it stays as it was.
 */
final class ProjectRoot {

    /** A directory whose build did not say where it ran: its paths are shown as recorded. */
    static final ProjectRoot UNKNOWN = new ProjectRoot(null);

    /** The root then a separator (left out), or the root as a whole word (shown as {@code .}). */
    private final Pattern inText;

    private ProjectRoot(String root) {
        this.inText = root == null ? null
                : Pattern.compile(Pattern.quote(root) + "(?:[/\\\\]|(?=[\\s'\":;,)]|$))");
    }

    /** The root recorded in {@code dataDirectory}; {@link #UNKNOWN} where none, or none that can be read, is. */
    static ProjectRoot of(File dataDirectory) {
        File file = new File(dataDirectory, DataFormat.BUILD_FILE);
        if (!file.isFile()) {
            return UNKNOWN;
        }
        Properties build = new Properties();
        try (InputStream in = Files.newInputStream(file.toPath())) {
            build.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // only how paths are shown depends on it
            return UNKNOWN;
        }
        String root = build.getProperty(DataFormat.PROJECT_ROOT);
        return root == null || root.trim().length() <= 1 ? UNKNOWN : new ProjectRoot(strip(root.trim()));
    }

    private static String strip(String root) {
        return root.endsWith("/") || root.endsWith("\\") ? root.substring(0, root.length() - 1) : root;
    }

    /** {@code text} with every path under the root relative to it; null stays null. */
    String shown(String text) {
        if (inText == null || text == null) {
            return text;
        }
        Matcher matcher = inText.matcher(text);
        StringBuffer shown = new StringBuffer(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(shown, matcher.group().length() > 0 && isSeparator(matcher.group()) ? "" : ".");
        }
        matcher.appendTail(shown);
        return shown.toString();
    }

    private static boolean isSeparator(String match) {
        char last = match.charAt(match.length() - 1);
        return last == '/' || last == '\\';
    }
}
