/**
 * 服务职工 (service): 普惠 programmes (送温暖, 夏送清凉, 金秋助学 …) with dated standards per person and their
 * beneficiaries, persons and units; 职工医疗互助保障 enrolments and claims; the union's service places (职工之家,
 * 模范职工之家, 职工书屋, 户外劳动者服务站点, 爱心妈咪小屋) with grants, yearly use, a map and a public list of stations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "服务职工")
package org.unionworks.service;
