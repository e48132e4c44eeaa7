/**
 * 工会经费 (funds): the register that ties money to employers, unions and programmes — remittances of 工会经费 and 筹备金
 * per employer and month as the tax office or the bank delivers them, their split between the levels, returns to small
 * and micro enterprises, allocations and grants, closed months — and the funds audits (经审) whose findings open
 * rectification items. Not the books: federations keep those in their finance software.
 */
@org.springframework.modulith.ApplicationModule(displayName = "经费与经审")
package org.unionworks.funds;
