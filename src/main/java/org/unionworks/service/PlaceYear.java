package org.unionworks.service;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service place's year: the workers it served (人次) and the year's review (合格 / 整改 / 撤销). */
@Entity
@Table(name = "place_year")
class PlaceYear extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long placeId;
    private int useYear;
    private int visits;
    private String review;
    private String note;

    protected PlaceYear() {
    }

    PlaceYear(long placeId, int useYear) {
        this.placeId = placeId;
        this.useYear = useYear;
    }

    void set(int visits, String review, String note) {
        this.visits = visits;
        this.review = review;
        this.note = note;
    }

    Long getId() { return id; }
    long getPlaceId() { return placeId; }
    int getUseYear() { return useYear; }
    int getVisits() { return visits; }
    String getReview() { return review; }
    String getNote() { return note; }
}
