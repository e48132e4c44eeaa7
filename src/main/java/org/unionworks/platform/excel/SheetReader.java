package org.unionworks.platform.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.unionworks.platform.error.InvalidInputException;

/**
 * Streams the rows of an uploaded .xlsx or .csv as lists of cell texts (row number from 1, as
 * Excel shows). Refuses encrypted or legacy workbooks, non-spreadsheets and zip bombs before parsing.
 */
final class SheetReader {

    /** Uncompressed size above which a workbook is refused, and the ratio that marks a zip bomb. */
    static final long MAX_UNCOMPRESSED = 1024L * 1024 * 1024;
    static final long MAX_RATIO = 200;
    /**
     * The longest text an XML part may hold between two tags: a cell of Excel's maximum 32,767
     * characters, escaped, fits; the 150 MB "cell" of a zip bomb does not.
     */
    static final int MAX_TEXT_BYTES = 32_767 * 4;

    record SheetRow(int number, List<String> cells) {
    }

    private SheetReader() {
    }

    private enum Kind { XLSX, CSV }

    /**
     * Refuses, with a message, anything that is not a readable .xlsx or .csv, a workbook that
     * inflates too far (counted while inflating, never taken from the sizes the archive declares) and
     * one with a cell longer than Excel allows. Uploads are checked once, here; reading trusts them.
     */
    static void check(Path file, String filename) throws IOException {
        if (kind(file, filename) == Kind.XLSX) {
            checkZip(file);
        }
    }

    static void read(Path file, String filename, Consumer<SheetRow> sink) throws IOException {
        if (kind(file, filename) == Kind.XLSX) {
            readXlsx(file, sink);
        } else {
            readCsv(file, sink);
        }
    }

    /**
     * {@link #read}, with the file unzipped and parsed on a thread of its own up to {@link #AHEAD} batches
     * of rows ahead of {@code sink}, so that the two run on two cores at once (in a member import the
     * parsing was a tenth of the time, spent while the database waited). The rows reach {@code sink} in
     * order on the calling thread; what either side throws ends both and is thrown here.
     */
    static void readAhead(Path file, String filename, Consumer<SheetRow> sink) throws IOException {
        Ahead ahead = new Ahead();
        Thread reader = new Thread(() -> ahead.fill(file, filename), "sheet-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<SheetRow> batch = ahead.take(reader); batch != Ahead.END; batch = ahead.take(reader)) {
                batch.forEach(sink);
            }
        } finally {
            reader.interrupt();
        }
        ahead.rethrow();
    }

    static final int AHEAD = 4;
    private static final int BATCH = 500;

    /** The batches read ahead, and what the reading thread failed with. */
    private static final class Ahead {
        static final List<SheetRow> END = new ArrayList<>(0);

        private final BlockingQueue<List<SheetRow>> queue = new ArrayBlockingQueue<>(AHEAD);
        private volatile Exception failure;
        private List<SheetRow> batch = new ArrayList<>(BATCH);

        void fill(Path file, String filename) {
            try {
                read(file, filename, row -> {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                });
                if (!batch.isEmpty()) {
                    put(batch);
                }
            } catch (Stopped e) {
                return;
            } catch (Exception e) {
                failure = e;
            } catch (Throwable e) {
                // An Error (out of memory, say) must still end the import, not leave it waiting.
                failure = new IllegalStateException("读取文件时出错：" + e, e);
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                // the caller has stopped taking
            }
        }

        private void put(List<SheetRow> rows) {
            try {
                queue.put(rows);
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }

        /** The next batch; if the reading thread ended without saying so, the import ends with an error. */
        List<SheetRow> take(Thread reader) {
            try {
                while (true) {
                    List<SheetRow> next = queue.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                    if (next != null) {
                        return next;
                    }
                    if (!reader.isAlive() && queue.isEmpty()) {
                        if (failure == null) {
                            failure = new IllegalStateException("读取文件的线程意外结束");
                        }
                        return END;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the file", e);
            }
        }

        void rethrow() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
        }
    }

    /** The caller stopped taking rows (it failed, or the file was refused): the reading thread ends. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** The first row (the header) of an upload, once {@link #check} has passed it. */
    static List<String> firstRow(Path file, String filename) throws IOException {
        check(file, filename);
        final class Stop extends RuntimeException {
            final List<String> cells;

            Stop(List<String> cells) {
                super(null, null, false, false);
                this.cells = cells;
            }
        }
        try {
            read(file, filename, row -> {
                throw new Stop(row.cells());
            });
        } catch (Stop stop) {
            return stop.cells;
        }
        return List.of();
    }

    private static Kind kind(Path file, String filename) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String lower = filename == null ? "" : filename.toLowerCase();
        if (n >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
            return Kind.XLSX;
        } else if (n >= 8 && ReadableWorkbook.isOLE2Header(head)) {
            throw refuse("文件已加密或为旧版 .xls 格式：请取消密码保护并另存为 .xlsx 后再导入");
        } else if (lower.endsWith(".csv")) {
            return Kind.CSV;
        }
        throw refuse("文件不是 .xlsx 或 .csv 表格，请使用下载的模板");
    }

    private static void checkZip(Path file) throws IOException {
        long[] total = {0};
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    inflate(in, Math.max(1, e.getCompressedSize()), e.getName().endsWith(".xml"), total);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw refuse("文件已损坏，无法读取");
        }
    }

    /** Inflates one part, counting what comes out; stops at the first limit it passes. */
    private static void inflate(InputStream in, long packed, boolean xml, long[] total) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        int textRun = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            inflated += n;
            total[0] += n;
            if (inflated > 10 * 1024 * 1024 && inflated / packed > MAX_RATIO) {
                throw refuse("文件压缩比异常（疑似压缩炸弹），已拒绝");
            }
            if (total[0] > MAX_UNCOMPRESSED) {
                throw refuse("文件解压后过大，已拒绝；请拆分后分批导入");
            }
            for (int i = 0; xml && i < n; i++) {
                textRun = buffer[i] == '<' ? 0 : textRun + 1;
                if (textRun > MAX_TEXT_BYTES) {
                    throw refuse("文件中有超过32767个字符的单元格（Excel 单元格的上限），已拒绝");
                }
            }
        }
    }

    private static void readXlsx(Path file, Consumer<SheetRow> sink) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             var rows = wb.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                SheetRow sheetRow = new SheetRow(row.getRowNum(), cells(row));
                try {
                    sink.accept(sheetRow);
                } catch (RuntimeException e) {
                    throw new FromSink(e);
                }
            });
        } catch (FromSink e) {
            throw (RuntimeException) e.getCause();
        } catch (IOException | RuntimeException e) {
            throw refuse("无法读取表格内容：文件可能已损坏或不是 Excel 工作簿");
        }
    }

    /** Carries what the consumer threw past the reader's own error handling. */
    private static final class FromSink extends RuntimeException {
        FromSink(RuntimeException cause) {
            super(cause);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            cells.add(c == null ? null : text(c));
        }
        return cells;
    }

    /** Dates become yyyy-MM-dd; numbers their plain decimal form; formulas their cached result, never evaluated. */
    private static String text(Cell c) {
        if (c.getType() == CellType.EMPTY) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            String fmt = c.getDataFormatString();
            if (fmt != null && looksLikeDate(fmt)) {
                return c.asDate().toLocalDate().toString();
            }
            return c.asNumber().stripTrailingZeros().toPlainString();
        }
        return c.getText();
    }

    private static boolean looksLikeDate(String fmt) {
        String f = fmt.toLowerCase().replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
        return f.contains("y") || f.contains("d") || f.contains("m") && !f.contains("0");
    }

    private static void readCsv(Path file, Consumer<SheetRow> sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String content = decode(bytes);
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        parseCsv(new StringReader(content), sink);
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise GBK (what Excel saves on Chinese Windows). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GBK"));
        }
    }

    static void parseCsv(Reader reader, Consumer<SheetRow> sink) throws IOException {
        var in = new java.io.PushbackReader(new java.io.BufferedReader(reader), 1);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int rowNum = 1;
        for (int ch = in.read(); ch != -1; ch = in.read()) {
            any = true;
            if (cell.length() > 32_767) {
                throw refuse("第" + rowNum + "行有超过32767个字符的单元格（Excel 单元格的上限），已拒绝");
            }
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.unread(next);
                        }
                    }
                } else {
                    cell.append((char) ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int next = in.read();
                    if (next != '\n' && next != -1) {
                        in.unread(next);
                    }
                }
                cells.add(cell.toString());
                cell.setLength(0);
                sink.accept(new SheetRow(rowNum++, cells));
                cells = new ArrayList<>();
                any = false;
            } else {
                cell.append((char) ch);
            }
        }
        if (any) {
            cells.add(cell.toString());
            sink.accept(new SheetRow(rowNum, cells));
        }
    }

    static InvalidInputException refuse(String message) {
        return new InvalidInputException("file", message);
    }

    static InputStream buffered(InputStream in) {
        return new BufferedInputStream(in);
    }
}
