package io.github.subcov.report.render;

import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads line counters out of the JaCoCo XML report, as Sonar or Codecov would. */
final class XmlReport {

    private final Document document;

    private XmlReport(Document document) {
        this.document = document;
    }

    static XmlReport parse(File file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // JaCoCo's XML names its DTD; nothing may be fetched to read it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return new XmlReport(factory.newDocumentBuilder().parse(file));
    }

    /** {covered, missed} lines of the element the XPath selects; {@code /report} for the total. */
    int[] lines(String elementPath) throws Exception {
        Element counter = (Element) XPathFactory.newInstance().newXPath()
                .evaluate(elementPath + "/counter[@type='LINE']", document, XPathConstants.NODE);
        if (counter == null) {
            return new int[] {0, 0};
        }
        return new int[] {Integer.parseInt(counter.getAttribute("covered")),
                Integer.parseInt(counter.getAttribute("missed"))};
    }

    String reportName() {
        return document.getDocumentElement().getAttribute("name");
    }
}
