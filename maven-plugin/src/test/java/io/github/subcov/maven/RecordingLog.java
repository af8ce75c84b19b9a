package io.github.subcov.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A mojo's log that keeps what a goal said, and prints it as Maven's would. */
final class RecordingLog extends SystemStreamLog {

    final List<String> debugs = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Throwable> warnedThrowables = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void debug(CharSequence content) {
        debugs.add(content.toString());
        super.debug(content);
    }

    @Override
    public void info(CharSequence content) {
        infos.add(content.toString());
        super.info(content);
    }

    @Override
    public void error(CharSequence content) {
        errors.add(content.toString());
        super.error(content);
    }

    @Override
    public void warn(CharSequence content) {
        warnings.add(content.toString());
        super.warn(content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        warnings.add(content.toString());
        warnedThrowables.add(error);
        super.warn(content, error);
    }
}
