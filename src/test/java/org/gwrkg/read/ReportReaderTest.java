package org.gwrkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

    /** A small report of invented content, long enough to count as Chinese prose. */
    private static final String SMALL_REPORT = """
            河东省青溪县人民政府工作报告
            ——2024年1月9日在青溪县第十七届人民代表大会第四次会议上
            各位代表：
            一、2023年工作回顾
            过去一年，全县上下坚持稳中求进工作总基调，经济运行持续向好，地区生产总值增长6.5%，
            固定资产投资完成120亿元，城乡居民收入稳步提高，各项社会事业取得新进步。
            """;

    private final ReportReader reader = new ReportReader();

    @TempDir
    Path dir;

    @Test
    void seedReadsWithSidecarMetadata() {
        Report r = reader.read(Seed.REPORT, null);
        assertEquals("yongchuan-2025-government-work-report.txt", r.source());
        assertEquals("500118", r.metadata().regionCode(), "sidecar and header agree on the code");
        assertEquals("永川区", r.metadata().region());
    }

    @Test
    void overridesWinOverSidecarWhichWinsOverHeader() throws IOException {
        Path file = write("report.txt", SMALL_REPORT);
        Files.writeString(dir.resolve("report.json"), "{\"period\": \"2022\", \"regionCode\": \"999999\", \"notes\": 1}");
        ReportMetadata m = reader.read(file, new ReportMetadata(null, "888888", null, null, null, null, null)).metadata();
        assertEquals("青溪县", m.region(), "from the header");
        assertEquals("2022", m.period(), "the sidecar over the header's 2023");
        assertEquals("888888", m.regionCode(), "the override over the sidecar");
    }

    @Test
    void htmlPageIsReadAsItsText() throws IOException {
        Path file = write("report.html", "<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>"
                + "<script>var a = '<p>脚本</p>';</script>"
                + SMALL_REPORT.replace("\n", "<br>").replace("：", "&#65306;").replace("，", "&#xFF0C;")
                + "<p>&ldquo;十四五&rdquo;规划目标任务&nbsp;顺利完成。</p></body></html>");
        String text = reader.read(file, null).text();
        assertTrue(text.startsWith("河东省青溪县人民政府工作报告\n——2024年1月9日"), text);
        assertTrue(text.contains("各位代表：\n"));
        assertTrue(text.endsWith("“十四五”规划目标任务 顺利完成。"), text);
        assertFalse(text.contains("脚本") || text.contains("<") || text.contains("p{}"));
    }

    @Test
    void markdownMarkupIsNotReadAsWords() throws IOException {
        Path file = write("report.md", "# " + SMALL_REPORT.replace("一、2023年工作回顾", "## 一、2023年工作回顾 ##")
                .replace("过去一年", "**过去一年**"));
        Report r = reader.read(file, null);
        assertEquals("青溪县", r.metadata().region(), "the heading mark is not part of the place");
        assertEquals("河东省青溪县人民政府工作报告", r.metadata().title());
        assertEquals("2023", r.metadata().period(), "the review heading is found without its marks");
        assertFalse(r.text().contains("#") || r.text().contains("**"), r.text());
    }

    @Test
    void missingFile() {
        assertFails(dir.resolve("nowhere.txt"), "no such file");
    }

    @Test
    void directory() {
        assertFails(dir, "is a directory");
    }

    @Test
    void emptyFile() throws IOException {
        assertFails(write("empty.txt", ""), "is empty");
    }

    @Test
    void whitespaceOnly() throws IOException {
        assertFails(write("blank.txt", " \n\t\u3000\r\n  "), "only whitespace");
    }

    @Test
    void binaryBytes() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
                'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66});
        assertFails(file, "binary");
    }

    @Test
    void utf8TextWithNulBytesIsBinary() throws IOException {
        Path file = dir.resolve("nul.txt");
        byte[] text = SMALL_REPORT.getBytes(StandardCharsets.UTF_8);
        text[40] = 0;
        Files.write(file, text);
        assertFails(file, "binary");
    }

    @Test
    void pdf() throws IOException {
        Path file = write("report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        ReportException e = assertFails(file, "PDF");
        assertTrue(e.getMessage().contains("pdftotext"), e.getMessage());
    }

    @Test
    void tooLittleChinese() throws IOException {
        assertFails(write("note.txt", "Annual report 2024: GDP grew 5%. 见附件。"), "too little Chinese");
    }

    @Test
    void malformedSidecarIsNamed() throws IOException {
        Path file = write("report.txt", SMALL_REPORT);
        Path sidecar = write("report.json", "{\"region\": \"青溪县\",, }");
        ReportException e = assertThrows(ReportException.class, () -> reader.read(file, null));
        assertTrue(e.getMessage().startsWith(sidecar.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertTrue(e.getMessage().endsWith("or delete it."), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private ReportException assertFails(Path file, String what) {
        ReportException e = assertThrows(ReportException.class, () -> reader.read(file, null));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
        return e;
    }
}
