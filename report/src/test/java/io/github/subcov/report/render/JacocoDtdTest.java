package io.github.subcov.report.render;

import static io.github.subcov.report.DataDirectory.writeExec;
import static io.github.subcov.report.DataDirectory.writeManifest;
import static io.github.subcov.report.render.DemoProject.COUNTER;
import static io.github.subcov.report.render.DemoProject.GREETER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.subcov.report.combine.ExecCombiner;
import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jacoco.report.xml.XMLFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * {@code subcov.xml} is valid against the DTD that JaCoCo's XML names, which Sonar, Codecov and
 * other readers of JaCoCo's XML expect: read with validation on, the DTD served from the
 * {@code org.jacoco.report} jar, as nothing may be fetched.
 */
class JacocoDtdTest {

    /** Where {@code org.jacoco.report} keeps the DTD its XML names. */
    private static final String DTD_RESOURCE = "/org/jacoco/report/xml/report.dtd";

    @TempDir
    Path root;

    private DemoProject project;
    private File out;

    @BeforeEach
    void writeAReport() throws Exception {
        project = DemoProject.compile(root.resolve("project"));
        Path data = Files.createDirectories(root.resolve("target/subcov"));
        out = root.resolve("target/site/subcov").toFile();
        writeManifest(data, "vm-1-root", null, 1000, "exit", "java -jar surefirebooter.jar");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            writeExec(data, "vm-1-root", run.call(GREETER, "greet", String.class, "a").execBytes("root"));
        }
        writeManifest(data, "vm-2-child", "vm-1-root", 2000, "exit", "java demo.Child");
        try (InstrumentedRun run = new InstrumentedRun(project.classes)) {
            writeExec(data, "vm-2-child", run.call(COUNTER, "sum", int.class, 3).execBytes("child"));
        }
        new CoverageReport().title("demo")
                .classDirectories(List.of(project.classes.toFile()))
                .sourceDirectories(List.of(project.sources.toFile()))
                .write(ExecCombiner.combine(List.of(data.toFile())), out);
    }

    @Test
    void theXmlReportIsValidAgainstJacocosDtd() throws Exception {
        File xml = new File(out, CoverageReport.XML_FILE);

        Validation validation = validate(Files.readString(xml.toPath()));

        assertEquals(List.of(), validation.problems);
        assertEquals(1, validation.dtdsServed, "the XML names JaCoCo's DTD, and the parser read it");
        String text = Files.readString(xml.toPath());
        assertTrue(text.contains("<sessioninfo id=\"root\"") && text.contains("<line nr="), "sessions and lines: " + text);
    }

    @Test
    void anElementTheDtdDoesNotKnowFailsTheValidation() throws Exception {
        String xml = Files.readString(new File(out, CoverageReport.XML_FILE).toPath());

        Validation validation = validate(xml.replace("</report>", "<process id=\"vm-1-root\"/></report>"));

        assertEquals(1, validation.dtdsServed);
        assertTrue(validation.problems.stream().anyMatch(problem -> problem.contains("process")),
                validation.problems.toString());
    }

    private static final class Validation {
        final List<String> problems = new ArrayList<>();
        int dtdsServed;
    }

    private static Validation validate(String xml) throws Exception {
        assertNotNull(XMLFormatter.class.getResource(DTD_RESOURCE), "the DTD in org.jacoco.report's jar");
        Validation validation = new Validation();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId == null || !systemId.endsWith("report.dtd")) {
                throw new AssertionError("the XML asks for another entity: " + publicId + " " + systemId);
            }
            validation.dtdsServed++;
            InputStream dtd = XMLFormatter.class.getResourceAsStream(DTD_RESOURCE);
            InputSource source = new InputSource(dtd);
            source.setSystemId(systemId);
            return source;
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException problem) {
                validation.problems.add("warning: " + describe(problem));
            }

            @Override
            public void error(SAXParseException problem) {
                validation.problems.add("error: " + describe(problem));
            }

            @Override
            public void fatalError(SAXParseException problem) throws SAXParseException {
                throw problem;
            }
        });
        builder.parse(new InputSource(new StringReader(xml)));
        return validation;
    }

    private static String describe(SAXParseException problem) {
        return "line " + problem.getLineNumber() + ": " + problem.getMessage();
    }
}
