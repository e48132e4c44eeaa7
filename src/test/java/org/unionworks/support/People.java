package org.unionworks.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.unionworks.platform.validation.IdNumbers;

/** Valid, distinct resident ID numbers for tests (GB 11643 check character computed). */
public final class People {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 500_000);

    private People() {
    }

    /** A new valid ID number of someone born on {@code birth}; odd sequence = male. */
    public static String idNumber(LocalDate birth, boolean female) {
        long n = SEQ.incrementAndGet();
        int seq = (int) (n % 500) * 2 + (female ? 0 : 1);
        String division = String.format("11%04d", 101 + (n / 500) % 9000);
        String first17 = division + birth.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + IdNumbers.checkChar(first17);
    }

    public static String idNumber() {
        return idNumber(LocalDate.of(1990, 3, 7), false);
    }
}
