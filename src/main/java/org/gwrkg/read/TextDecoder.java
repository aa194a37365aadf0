package org.gwrkg.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a report file into text, finding the encoding itself: reports come
 * as UTF-8, UTF-16 (saved from Word), GBK/GB18030 (older mainland sites) or Big5.
 *
 * <pre>{@code
 * String text = TextDecoder.decode(Files.readAllBytes(path));
 * }</pre>
 *
 * Order: a byte order mark; UTF-16 recognised by its NUL bytes; strict UTF-8; strict GB18030
 * or strict Big5, whichever gives more CJK ideographs. A leading U+FEFF is removed.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    /** How much of the file the UTF-16 guess looks at; the start is enough to tell. */
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    /**
     * The text of {@code bytes}.
     *
     * @throws ReportException when no supported encoding decodes the bytes without error
     */
    public static String decode(byte[] bytes) {
        String text = decodeWithoutBom(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decodeWithoutBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = guessUtf16(bytes);
        if (utf16 != null) {
            String text = strict(bytes, utf16);
            if (text != null) {
                return text;
            }
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        // GB18030 accepts most Big5 byte pairs too (as the wrong characters), so when both
        // succeed the one that reads as more Chinese ideographs wins; a tie goes to GB18030.
        String gb = strict(bytes, GB18030);
        String big5 = strict(bytes, BIG5);
        if (gb != null && (big5 == null || ideographRatio(gb) >= ideographRatio(big5))) {
            return gb;
        }
        if (big5 != null) {
            return big5;
        }
        throw new ReportException("is not text in UTF-8, UTF-16, GB18030/GBK or Big5");
    }

    /**
     * UTF-16 without a byte order mark: ASCII characters (digits, line breaks, spaces) leave
     * a NUL byte at every other position, on the odd side for little endian.
     */
    private static Charset guessUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = n / 2;
        // Chinese text in UTF-16 has NULs only at its ASCII characters: ask for a few of
        // them, nearly all on one side.
        int minimum = Math.max(2, pairs / 200);
        if (odd >= minimum && even * 10 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= minimum && odd * 10 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** After a byte order mark the encoding is certain; a stray bad byte becomes U+FFFD. */
    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static double ideographRatio(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long ideographs = Chinese.countIdeographs(text);
        return (double) ideographs / text.codePointCount(0, text.length());
    }
}
