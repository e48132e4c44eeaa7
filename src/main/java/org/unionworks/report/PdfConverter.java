package org.unionworks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Converts .docx to .pdf with LibreOffice when the machine has it; otherwise the option is not offered. */
@Component
class PdfConverter {

    private final Optional<Path> soffice = List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice")
            .stream().map(Path::of).filter(Files::isExecutable).findFirst();

    boolean available() {
        return soffice.isPresent();
    }

    byte[] convert(byte[] docx) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("uw-report-");
        try {
            Path in = dir.resolve("report.docx");
            Files.write(in, docx);
            Process p = new ProcessBuilder(soffice.orElseThrow().toString(), "--headless", "--convert-to", "pdf",
                    "--outdir", dir.toString(), in.toString()).redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("LibreOffice could not convert the report");
            }
            return Files.readAllBytes(dir.resolve("report.pdf"));
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }
}
