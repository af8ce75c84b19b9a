package io.github.subcov.report.render;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.csv.CSVFormatter;
import org.jacoco.report.html.HTMLFormatter;
import org.jacoco.report.xml.XMLFormatter;

/** JaCoCo's own report formats, so the output looks and parses like any JaCoCo report. */
enum ReportFormat {

    /** {@code index.html} and its pages, in the output directory itself. */
    HTML {
        @Override
        IReportVisitor createVisitor(File directory, List<Closeable> opened) throws IOException {
            HTMLFormatter formatter = new HTMLFormatter();
            formatter.setOutputEncoding(ENCODING);
            BackgroundFileOutput files = new BackgroundFileOutput(directory);
            opened.add(files);
            return formatter.createVisitor(files);
        }
    },

    /** JaCoCo's XML schema, which Sonar and Codecov read. */
    XML {
        @Override
        IReportVisitor createVisitor(File directory, List<Closeable> opened) throws IOException {
            XMLFormatter formatter = new XMLFormatter();
            formatter.setOutputEncoding(ENCODING);
            return formatter.createVisitor(open(new File(directory, CoverageReport.XML_FILE), opened));
        }
    },

    CSV {
        @Override
        IReportVisitor createVisitor(File directory, List<Closeable> opened) throws IOException {
            CSVFormatter formatter = new CSVFormatter();
            formatter.setOutputEncoding(ENCODING);
            return formatter.createVisitor(open(new File(directory, CoverageReport.CSV_FILE), opened));
        }
    };

    static final String ENCODING = "UTF-8";

    /**
     * Creates the visitor; what it opens is added to {@code opened}, to be closed should the
     * report fail before the visitor's end closes it: XML's and CSV's file, HTML's file output
     * with its writer thread.
     */
    abstract IReportVisitor createVisitor(File directory, List<Closeable> opened) throws IOException;

    private static OutputStream open(File file, List<Closeable> opened) throws IOException {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(file));
        opened.add(out);
        return out;
    }
}
