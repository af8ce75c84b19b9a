package io.github.subcov.maven;

import io.github.subcov.interceptor.data.DataFormat;
import io.github.subcov.interceptor.launch.AgentFlags;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import io.github.subcov.maven.forks.BuildForks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Covers every forked test JVM, however its argLine is given: just before Surefire or Failsafe
 * runs, the argLine the JVM would get is worked out as Maven and Surefire will, and where it lacks
 * the agent (a literal {@code <argLine>} that ignores the property, or a {@code -DargLine} that
 * outranks it) the agent is put in front of it, in this execution's configuration only. Maven
 * reads the listener from the request at every event, and a mojo's configuration when it runs, so
 * wrapping the listener is enough; a proxy passes every event on to Maven's own listener unchanged.
 */
final class ArgLineInjector implements InvocationHandler {

    private static final List<String> FORKING_PLUGINS =
            Arrays.asList("maven-surefire-plugin", "maven-failsafe-plugin");
    private static final Pattern USES_PROPERTY = Pattern.compile("[$@]\\{(subcov\\.)?argLine}");
    private static final String ARG_LINE = ForkedArgLine.ARG_LINE;
    private static final List<String> OWN_PROPERTIES = Arrays.asList(ARG_LINE, PrepareMojo.SUBCOV_ARG_LINE);

    private final ExecutionListener delegate;
    private final Log log;
    private final Map<String, CoveredJvmOptions> optionsByProject = new ConcurrentHashMap<>();

    private ArgLineInjector(ExecutionListener delegate, Log log) {
        this.delegate = delegate;
        this.log = log;
    }

    /** Makes sure the project's forked test JVMs carry the options, whatever their argLine says. */
    static synchronized void register(MavenSession session, MavenProject project, CoveredJvmOptions options, Log log) {
        ExecutionListener current = session.getRequest().getExecutionListener();
        ArgLineInjector injector;
        if (current != null && Proxy.isProxyClass(current.getClass())
                && Proxy.getInvocationHandler(current) instanceof ArgLineInjector) {
            injector = (ArgLineInjector) Proxy.getInvocationHandler(current);
        } else {
            injector = new ArgLineInjector(current, log);
            session.getRequest().setExecutionListener((ExecutionListener) Proxy.newProxyInstance(
                    ArgLineInjector.class.getClassLoader(), new Class<?>[] {ExecutionListener.class}, injector));
        }
        injector.optionsByProject.put(key(project), options);
    }

    static String key(MavenProject project) {
        return project.getId() + "@" + project.getBasedir();
    }

    /**
     * The argument line with the options in front, or null when the JVM gets them already: its
     * effective value (after Surefire's {@code @{name}} replacement) carries subcov's agent.
     */
    static String withAgents(String evaluated, String effective, CoveredJvmOptions options) {
        if (effective != null && effective.contains(AgentFlags.JAR_MARK)) {
            return null;
        }
        return CoveredJvmOptions.prepend(options.argLineBeside(evaluated), evaluated);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
        }
        if (method.getName().equals("mojoStarted") && args != null && args[0] instanceof ExecutionEvent) {
            ExecutionEvent event = (ExecutionEvent) args[0];
            try {
                inject(event.getSession(), event.getProject(), event.getMojoExecution());
            } catch (RuntimeException | ExpressionEvaluationException failure) {
                agentless(event.getProject(), event.getMojoExecution(), "subcov could not add it to their argLine ("
                        + failure + ")");
            }
        }
        followMojos(method.getName(), args);
        if (delegate == null) {
            return null;
        }
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    /** Tells {@link BuildForks} which module's mojo runs on this thread, and when the build ends. */
    private void followMojos(String event, Object[] args) {
        try {
            if (event.equals("mojoStarted") && args != null && args[0] instanceof ExecutionEvent
                    && ((ExecutionEvent) args[0]).getProject() != null) {
                ExecutionEvent started = (ExecutionEvent) args[0];
                BuildForks.mojoStarted(key(started.getProject()), buildStep(started.getMojoExecution(),
                        started.getProject()));
            } else if (event.equals("mojoSucceeded") || event.equals("mojoFailed")) {
                BuildForks.mojoEnded();
            } else if (event.equals("sessionEnded")) {
                BuildForks.sessionEnded();
            }
        } catch (Exception | LinkageError failure) {
            log.warn("subcov: could not follow " + event + " for the JVMs Maven starts: " + failure);
        }
    }

    /** The step as processes.json names it; null where unknown. */
    static String buildStep(MojoExecution execution, MavenProject project) {
        if (execution == null) {
            return null;
        }
        try {
            return DataFormat.BuildStep.name(execution.getArtifactId(), execution.getGoal(), execution.getExecutionId(),
                    project.getArtifactId());
        } catch (LinkageError olderAgent) {
            // the agent of an older subcov covers this Maven, and its data format, first on the boot
            // class path, knows no build steps: the launches are covered all the same
            return null;
        }
    }

    private void inject(MavenSession session, MavenProject project, MojoExecution execution)
            throws ExpressionEvaluationException {
        if (session == null || project == null || execution == null || !FORKING_PLUGINS.contains(execution.getArtifactId())
                || !forksWithArgLine(execution)) {
            return;
        }
        CoveredJvmOptions options = optionsByProject.get(key(project));
        Xpp3Dom configuration = execution.getConfiguration();
        if (options == null || configuration == null) {
            return;
        }
        if (ForkedArgLine.skipped(session, execution)) {
            return;
        }
        if (ForkedArgLine.inMavensJvm(session, execution)) {
            agentless(project, execution, "forkCount is 0, so they run inside Maven's own JVM, which no coverage agent"
                    + " records; set forkCount to 1 or more");
            return;
        }
        Xpp3Dom argLine = configuration.getChild(ARG_LINE);
        String configured = argLine == null ? null : argLine.getValue();
        String evaluated = ForkedArgLine.evaluated(session, execution);
        String withAgents = withAgents(evaluated, ForkedArgLine.lateReplaced(evaluated, project.getProperties()), options);
        if (withAgents == null) {
            if (keepJacocoOffBootClassPath(configured, options, project.getProperties())) {
                log.info("subcov: the <argLine> of " + name(execution)
                        + " may name a JaCoCo agent besides subcov's; JaCoCo's jar stays off the boot class path");
            }
            return;
        }
        if (argLine == null) {
            argLine = new Xpp3Dom(ARG_LINE);
            configuration.addChild(argLine);
        }
        argLine.setValue(withAgents);
        log.info("subcov: " + whyTheAgentWasMissing(session, execution, configured) + "; adding the coverage agent in"
                + " front of \"" + (evaluated == null ? "" : evaluated.trim()) + "\"");
    }

    private static String whyTheAgentWasMissing(MavenSession session, MojoExecution execution, String configured) {
        if (configured == null || !USES_PROPERTY.matcher(configured).find()) {
            return "the <argLine> of " + name(execution) + " does not use ${argLine}";
        }
        if (ForkedArgLine.givenWithDashD(session)) {
            return "argLine given with -D (command line, .mvn/maven.config or MAVEN_OPTS) outranks the one"
                    + " subcov:prepare set, for " + name(execution);
        }
        return "the argLine property no longer holds what subcov:prepare set, for " + name(execution);
    }

    private void agentless(MavenProject project, MojoExecution execution, String reason) {
        String message = "the tests of " + name(execution) + " (" + execution.getExecutionId() + ") in "
                + project.getArtifactId() + " run without the coverage agent: " + reason;
        log.warn("subcov: " + message);
        AgentlessTestJvms.record(project, message);
    }

    private static String name(MojoExecution execution) {
        return execution.getArtifactId() + ":" + execution.getGoal();
    }

    /**
     * An argLine that takes subcov's options from a property next to options that may name a
     * JaCoCo agent of another version: the properties lose JaCoCo's jar from the boot class path,
     * as {@link CoveredJvmOptions#argLineBeside} would have given them. Returns whether any changed.
     */
    static boolean keepJacocoOffBootClassPath(String configured, CoveredJvmOptions options, Properties... scopes) {
        if (configured == null) {
            return false;
        }
        String others = USES_PROPERTY.matcher(configured).replaceAll(" ");
        if (others.equals(configured) || !CoveredJvmOptions.mayNameJacocoAgent(others)) {
            return false;
        }
        boolean changed = false;
        for (Properties properties : scopes) {
            for (String name : OWN_PROPERTIES) {
                String value = properties.getProperty(name);
                String beside = value == null ? null : options.besideJacoco(value);
                if (beside != null && !beside.equals(value)) {
                    properties.setProperty(name, beside);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Only the goals that fork a JVM take an argLine ({@code failsafe:verify} does not). */
    private static boolean forksWithArgLine(MojoExecution execution) {
        MojoDescriptor descriptor = execution.getMojoDescriptor();
        return descriptor != null && descriptor.getParameterMap().containsKey(ARG_LINE);
    }
}
