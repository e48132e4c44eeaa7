package org.unionworks.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.unionworks.platform.validation.IdNumbers;

/**
 * One synthetic city being generated: its size, a seeded random source per module (the same city
 * every time), the grassroots unions the union tree made for the other modules to fill, and valid
 * synthetic ID numbers that never repeat.
 */
public final class DemoCity {

    /** The city federation: the root union the first migration writes (V1), under which the demo builds its tree. */
    public static final long ROOT = 1;

    /** Sizes: districts, towns per district, grassroots unions, members. Employers are twice the unions. */
    public enum Size {
        SMALL(3, 2, 60, 3_000, 120), CITY(12, 20, 50_000, 1_000_000, 100_000), LARGE(12, 25, 60_000, 5_000_000, 120_000),
        /** A province (#25): 15 cities under the provincial federation, in the places of the city's districts. */
        PROVINCE(15, 100, 300_000, 30_000_000, 2_000_000);

        public final int districts;
        public final int townsPerDistrict;
        public final int grassroots;
        public final int members;
        /** Employers registered, those the grassroots unions cover and the rest without a union. */
        public final int employers;

        Size(int districts, int townsPerDistrict, int grassroots, int members, int employers) {
            this.districts = districts;
            this.townsPerDistrict = townsPerDistrict;
            this.grassroots = grassroots;
            this.members = members;
            this.employers = employers;
        }

        /** A count that grows with the city: {@code perThousandUnions} per 1,000 grassroots unions, at least 5. */
        public int scaled(int perThousandUnions) {
            return Math.max(5, grassroots * perThousandUnions / 1000);
        }
    }

    /** A grassroots union, the day it was founded, the employers it covers and the members the city gives it. */
    public record Grassroots(long id, long districtId, String divisionCode, LocalDate foundedOn, List<Employer> employers, int members) {
    }

    /** A covered employer: its id and headcount. */
    public record Employer(long id, String name, int employees) {
    }

    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国建华志强海燕晓东春梅文博子涵雨欣浩然思远嘉怡俊杰";

    private final Size size;
    private final LocalDate today;
    private final long seed;
    private final List<Grassroots> grassroots = new ArrayList<>();
    private final List<String> divisions = new ArrayList<>();
    private long nextPerson;

    public DemoCity(Size size, LocalDate today, long seed) {
        this.size = size;
        this.today = today;
        this.seed = seed;
    }

    public Size size() {
        return size;
    }

    public LocalDate today() {
        return today;
    }

    /** A random source of its own for each module, so adding data in one module leaves the others unchanged. */
    public Random random(String module) {
        return new Random(seed * 31 + module.hashCode());
    }

    public List<Grassroots> grassroots() {
        return grassroots;
    }

    public void addGrassroots(Grassroots g) {
        grassroots.add(g);
    }

    /** The districts of the grassroots unions, each once, in the order the city lists the unions. */
    public List<Long> districtIds() {
        return grassroots.stream().map(Grassroots::districtId).distinct().toList();
    }

    public List<String> divisions() {
        return divisions;
    }

    public String name(Random r) {
        String given = GIVEN.substring(r.nextInt(GIVEN.length() - 1)).substring(0, 1 + r.nextInt(2));
        return SURNAMES[r.nextInt(SURNAMES.length)] + given;
    }

    /**
     * The next synthetic person's valid ID number, born between 1962 and 2005: the index picks the
     * division, the sequence number and (through a bijection) the birth date, so none repeats.
     */
    public String nextIdNumber() {
        return idNumber(nextPerson++);
    }

    /** The same numbering from a given index, for files of other people (the benchmark's import file). */
    public String idNumber(long index) {
        String division = divisions.get((int) (index % divisions.size()));
        long q = index / divisions.size();
        int sequence = (int) (q % 1000);
        long dayIndex = (q / 1000 * 7_919) % 15_700;
        LocalDate birth = LocalDate.of(1962, 1, 1).plusDays(dayIndex);
        String first17 = division + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumbers.checkChar(first17);
    }

    /** Inserts one demo row with named parameters ({@code "name", value, …}) and returns its generated id. */
    public static long insert(org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql, Object... namesAndValues) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            statement = statement.param((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
