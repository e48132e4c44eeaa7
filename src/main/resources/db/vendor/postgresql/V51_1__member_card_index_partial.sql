-- Few members carry a union card number: the index holds only those who do (a search by card number
-- asks for a value, never for a missing one), and a member written without one no longer adds to it.
drop index ix_member_card;
create index ix_member_card on member (card_no) where card_no is not null;
