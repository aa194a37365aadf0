package org.gwrkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {

    private static String seedText;
    private static String expected;

    @BeforeAll
    static void readSeed() throws IOException {
        seedText = Files.readString(Seed.REPORT, StandardCharsets.UTF_8);
        expected = new ReportReader().read(Seed.REPORT, null).text();
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("GB18030", new byte[0], Charset.forName("GB18030")),
                Arguments.of("GBK", new byte[0], Charset.forName("GBK")),
                Arguments.of("UTF-16LE", new byte[0], StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE", new byte[0], StandardCharsets.UTF_16BE),
                Arguments.of("UTF-16LE with BOM", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE with BOM", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
                Arguments.of("UTF-8 with BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void seedInAnyEncodingReadsAsTheUtf8Seed(String name, byte[] bom, Charset charset, @TempDir Path dir)
            throws IOException {
        byte[] body = seedText.getBytes(charset);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path file = dir.resolve("report.txt");
        Files.write(file, bytes);

        assertEquals(expected, new ReportReader().read(file, null).text());
    }

    @Test
    void big5IsTakenOverTheGb18030ReadingOfTheSameBytes() {
        String sentence = "今年全縣地區生產總值增長百分之五點二，農村居民收入穩步提高，新建鄉村道路一百二十公里。";
        assertEquals(sentence, TextDecoder.decode(sentence.getBytes(Charset.forName("Big5"))));
    }

    @Test
    void gbkShortTextStaysGbk() {
        String sentence = "全县粮食总产量稳定在十二万吨以上，新建农村公路八十公里。";
        assertEquals(sentence, TextDecoder.decode(sentence.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void leadingByteOrderMarkCharacterIsDropped() {
        assertEquals("各位代表", TextDecoder.decode("\uFEFF各位代表".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesNoEncodingAcceptsAreRefused() {
        byte[] bytes = {(byte) 0x80, (byte) 0xFF, (byte) 0x80, (byte) 0xFF};
        assertThrows(ReportException.class, () -> TextDecoder.decode(bytes));
    }
}
