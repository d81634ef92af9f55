package io.github.qinglian.rule;

import static io.github.qinglian.Decision.ALLOW;
import static io.github.qinglian.Decision.BLOCK;
import static io.github.qinglian.Decision.REVIEW;
import static io.github.qinglian.Decision.WARN;
import static io.github.qinglian.rule.Family.CROSS_CUTTING;
import static io.github.qinglian.rule.Family.PRESCRIPTION;
import static io.github.qinglian.rule.Family.PROCUREMENT;
import static io.github.qinglian.rule.Family.TONGFANG;
import static io.github.qinglian.rule.Family.VISIT;
import static io.github.qinglian.rule.Loosening.HIGHER;
import static io.github.qinglian.rule.Loosening.LOWER;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qinglian.Decision;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every rule Qinglian enforces, as data. Thread-safe; the catalog is fixed for a library version.
 *
 * <p>Rule ids and citations follow the project's rule contract; {@code docs/rules.md} is
 * generated from {@link #all()}.
 *
 * <pre>{@code
 * Rule r = RuleCatalog.byId("RX.DAYS.LIMIT");
 * Param p = r.param("outpatientDays");   // default 7, statutory
 * }</pre>
 */
public final class RuleCatalog {
  private static final List<Rule> DEFINED = new ArrayList<>();

  private static final String CFBF = "处方管理办法";
  private static final String KJBF = "抗菌药物临床应用管理办法";
  private static final String HLW = "互联网诊疗管理办法（试行）";
  private static final String GUOBAN_2015_7 = "国办发〔2015〕7号";
  private static final String GUOBAN_2019_2 = "国办发〔2019〕2号";
  private static final ImmutableList<String> RATINGS =
      ImmutableList.of("GENERAL", "MEDIUM", "SERIOUS", "PARTICULARLY_SERIOUS");

  // ---------------------------------------------------------------- cross-cutting

  /** A subject or reference record is malformed, or names an id no rule covers. */
  public static final Rule INPUT_INVALID =
      define("INPUT.INVALID", CROSS_CUTTING, REVIEW, "",
          "输入不合法：主体或参考数据记录格式错误，或引用了无法识别的编码；证据以 JSON 指针指出字段",
          "A subject or reference record is malformed, or refers to an id or code that no rule"
              + " covers; the evidence names the field by JSON pointer")
          .severityNote("REVIEW (prescription, visit) / BLOCK (query, purchase, formulary)")
          .severityFor(TONGFANG, BLOCK)
          .severityFor(PROCUREMENT, BLOCK)
          .done();

  /** The checker failed internally; the policy's fail mode decides the severity. */
  public static final Rule ENGINE_ERROR =
      define("ENGINE.ERROR", CROSS_CUTTING, WARN, "",
          "检查器内部错误；由策略的失效模式决定严重程度",
          "The checker failed internally; the policy's fail mode decides the severity")
          .severityNote("WARN (clinical) / BLOCK (query)")
          .severityFor(TONGFANG, BLOCK)
          .done();

  // ---------------------------------------------------------------- prescriptions

  /** Prescriber without 处方权 here. */
  public static final Rule RX_PRESCRIBER_NO_PRIVILEGE =
      define("RX.PRESCRIBER.NO_PRIVILEGE", PRESCRIPTION, BLOCK,
          CFBF + " 第八条、第九条、第十条、第十二条、第十三条、第四十七条",
          "开方者无本机构处方权：未知；非执业医师、执业助理医师或乡村医生；执业地点不含本机构；处方权为无"
              + "（需要且有合格会签者除外）；乡村医生在非基层机构；或需要会签却未指定会签者",
          "Prescriber has no prescribing right here: unknown; not a physician, assistant physician"
              + " or rural doctor; not registered here; prescribing NONE (unless a needed, valid"
              + " co-signer is named); a rural doctor outside a primary institution; or a"
              + " co-signature is needed and no co-signer is named")
          .done();

  /** A needed co-signer who is not valid. */
  public static final Rule RX_PRESCRIBER_COSIGN =
      define("RX.PRESCRIBER.COSIGN", PRESCRIPTION, BLOCK,
          CFBF + " 第八条、第九条、第十二条、第十三条",
          "处方需要会签，所指定的会签者不合格（须为本机构注册、正式在岗、有处方权的执业医师，且不是开方者本人）",
          "The prescription needs a co-signer and names one who is not valid (a known physician,"
              + " registered here, regular employment, prescribing GRANTED, not the prescriber)")
          .done();

  /** 处方权 suspended or revoked. */
  public static final Rule RX_PRESCRIBER_SUSPENDED =
      define("RX.PRESCRIBER.SUSPENDED", PRESCRIPTION, BLOCK,
          CFBF + " 第四十六条; " + KJBF + " 第四十二条",
          "开方者处方权已暂停或取消",
          "The prescriber's prescribing right is suspended or revoked")
          .done();

  /** 处方权 restricted: every prescription to a pharmacist. */
  public static final Rule RX_PRESCRIBER_RESTRICTED =
      define("RX.PRESCRIBER.RESTRICTED", PRESCRIPTION, REVIEW, CFBF + " 第四十五条",
          "开方者处方权受限（超常处方后限制处方权），每张处方须经药师审核",
          "The prescriber's right is restricted after repeated abnormal prescriptions: each"
              + " prescription goes to a pharmacist")
          .done();

  /** Antibiotic above the effective tier. */
  public static final Rule RX_ANTIBIOTIC_TIER =
      define("RX.ANTIBIOTIC.TIER", PRESCRIPTION, BLOCK, KJBF + " 第二十四条、第二十八条",
          "抗菌药物分级高于开方者有效处方权限（授予权限与职称所允许者取其低；会签处方取会签者）；越级使用时为警示",
          "An antibiotic's tier is above the effective tier (the lower of the granted privilege"
              + " and what the title allows; the co-signer's on a co-signed prescription); WARN"
              + " under an emergency override")
          .done();

  /** Special-use antibiotic outside inpatient care. */
  public static final Rule RX_ANTIBIOTIC_SPECIAL_OUTPATIENT =
      define("RX.ANTIBIOTIC.SPECIAL_OUTPATIENT", PRESCRIPTION, BLOCK, KJBF + " 第二十七条",
          "特殊使用级抗菌药物用于门诊、急诊或互联网处方",
          "A special-use antibiotic on an outpatient, emergency or internet prescription")
          .done();

  /** Special-use antibiotic for an inpatient without a consultation. */
  public static final Rule RX_ANTIBIOTIC_SPECIAL_CONSULT =
      define("RX.ANTIBIOTIC.SPECIAL_CONSULT", PRESCRIPTION, BLOCK,
          KJBF + " 第二十七条 (越级使用时豁免: 第二十八条)",
          "住院患者使用特殊使用级抗菌药物而无会诊批准，且非越级使用",
          "A special-use antibiotic for an inpatient without a consultation approval and"
              + " without an emergency override")
          .done();

  /** Emergency-override paperwork completed late or not at all. */
  public static final Rule RX_ANTIBIOTIC_OVERRIDE_OVERDUE =
      define("RX.ANTIBIOTIC.OVERRIDE_OVERDUE", PRESCRIPTION, REVIEW, KJBF + " 第二十八条",
          "越级使用抗菌药物未在时限内补办手续",
          "Emergency-override paperwork not completed within the window after the override")
          .param(Param.integer("windowHours", 24, 1, 720).unit("hours")
              .statutory(HIGHER, KJBF + " 第二十八条"))
          .done();

  /** Antitumor drug above the effective tier. */
  public static final Rule RX_ANTITUMOR_TIER =
      define("RX.ANTITUMOR.TIER", PRESCRIPTION, BLOCK, "抗肿瘤药物临床应用管理办法（试行）",
          "抗肿瘤药物分级高于开方者有效权限（授予权限与职称所允许者取其低；会签处方取会签者）；越级使用不豁免",
          "An antitumor drug above the effective tier (the lower of the granted privilege and"
              + " what the title allows; the co-signer's on a co-signed prescription); an"
              + " emergency override does not lift it")
          .done();

  /** 麻醉药品 / 第一类精神药品 without the qualification. */
  public static final Rule RX_CONTROLLED_QUALIFICATION =
      define("RX.CONTROLLED.QUALIFICATION", PRESCRIPTION, BLOCK,
          CFBF + " 第十一条、第四十七条; 麻醉药品和精神药品管理条例",
          "开具麻醉药品或第一类精神药品，开方者（会签处方为会签者）无麻精药品处方资格",
          "A narcotic or class-1 psychotropic and the prescriber (the co-signer, on a co-signed"
              + " prescription) lacks the narcotic prescribing qualification")
          .done();

  /** 麻精药品 for the prescriber or co-signer. */
  public static final Rule RX_CONTROLLED_SELF =
      define("RX.CONTROLLED.SELF", PRESCRIPTION, BLOCK, CFBF + " 第十一条",
          "为开方者或会签者本人开具麻醉药品或第一类精神药品",
          "A narcotic or class-1 psychotropic prescribed for the prescriber or the co-signer")
          .done();

  /** 麻精药品 over the quantity limits. */
  public static final Rule RX_CONTROLLED_QUANTITY =
      define("RX.CONTROLLED.QUANTITY", PRESCRIPTION, BLOCK,
          CFBF + " 第二十三条、第二十四条、第二十五条",
          "麻醉药品、第一类精神药品超过处方限量（门急诊：注射剂一次常用量、控缓释制剂7日、其他剂型3日；"
              + "癌痛及中重度慢性疼痛：注射剂3日、控缓释15日、其他7日；住院逐日1日量；儿童多动症哌醋甲酯15日）",
          "A narcotic or class-1 psychotropic over its limit (outpatient and emergency:"
              + " injection 1 dose, controlled-release 7 days, other 3 days; cancer or chronic"
              + " severe pain: injection 3 days, controlled-release 15, other 7; inpatient 1 day;"
              + " methylphenidate for a child with ADHD 15 days); a justification does not lift it")
          .param(Param.integer("injectionDoses", 1, 1, 100).unit("doses")
              .statutory(HIGHER, CFBF + " 第二十三条"))
          .param(Param.integer("controlledReleaseDays", 7, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第二十三条"))
          .param(Param.integer("otherDays", 3, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第二十三条"))
          .param(Param.integer("painInjectionDays", 3, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第二十四条"))
          .param(Param.integer("painControlledReleaseDays", 15, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第二十四条"))
          .param(Param.integer("painOtherDays", 7, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第二十四条"))
          .param(Param.integer("inpatientDays", 1, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第二十五条"))
          .param(Param.integer("methylphenidateDays", 15, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第二十三条"))
          .done();

  /** 盐酸二氢埃托啡 and 盐酸哌替啶. */
  public static final Rule RX_CONTROLLED_SPECIAL_DRUG =
      define("RX.CONTROLLED.SPECIAL_DRUG", PRESCRIPTION, BLOCK, CFBF + " 第二十六条",
          "盐酸二氢埃托啡、盐酸哌替啶超过一次常用量，或在机构外使用；二氢埃托啡用于基层机构",
          "Dihydroetorphine or pethidine over one dose or for use outside the institution;"
              + " dihydroetorphine at a primary institution")
          .done();

  /** 第二类精神药品 over its days. */
  public static final Rule RX_PSYCHOTROPIC2_QUANTITY =
      define("RX.PSYCHOTROPIC2.QUANTITY", PRESCRIPTION, BLOCK, CFBF + " 第二十三条",
          "第二类精神药品超过7日用量；注明理由（慢性病或特殊情况）时为警示",
          "A class-2 psychotropic over its days' supply; WARN with a justification (chronic or"
              + " special cases)")
          .param(Param.integer("maxDays", 7, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第二十三条"))
          .done();

  /** More than five drugs on one 门(急)诊 or internet prescription. */
  public static final Rule RX_ITEMS_MAX =
      define("RX.ITEMS.MAX", PRESCRIPTION, BLOCK, CFBF + " 第六条",
          "门（急）诊或互联网处方的西药、中成药品种超过上限",
          "More distinct Western and Chinese-patent drugs than allowed on one outpatient,"
              + " emergency or internet prescription")
          .param(Param.integer("maxItems", 5, 1, 100).unit("drugs")
              .statutory(HIGHER, CFBF + " 第六条"))
          .done();

  /** 中药饮片 mixed with other drugs. */
  public static final Rule RX_ITEMS_HERBAL_MIXED =
      define("RX.ITEMS.HERBAL_MIXED", PRESCRIPTION, BLOCK, CFBF + " 第六条",
          "中药饮片与西药或中成药开在同一张处方",
          "Herbal pieces on the same prescription as Western or Chinese-patent drugs")
          .done();

  /** Days' supply over the limit. */
  public static final Rule RX_DAYS_LIMIT =
      define("RX.DAYS.LIMIT", PRESCRIPTION, BLOCK,
          CFBF + " 第十九条; 长期处方管理规范（试行）(2021)",
          "单品种用量天数超限：门诊7日、急诊3日（住院、互联网同门诊）；注明理由可延至延长天数；"
              + "长期处方且为慢性病可延至长期处方天数；麻精药品由其专门规则管辖",
          "An item's days' supply is over the limit: outpatient 7, emergency 3, inpatient and"
              + " internet as outpatient; with a justification up to extendedDays; with longTerm"
              + " and CHRONIC_DISEASE up to longTermDays; controlled drugs follow their own rules")
          .param(Param.integer("outpatientDays", 7, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第十九条"))
          .param(Param.integer("emergencyDays", 3, 1, 365).unit("days")
              .statutory(HIGHER, CFBF + " 第十九条"))
          .param(Param.integer("extendedDays", 30, 1, 365).unit("days"))
          .param(Param.integer("longTermDays", 84, 1, 365).unit("days")
              .statutory(HIGHER, "长期处方管理规范（试行）(2021)"))
          .done();

  /** Dispensed after the prescription's validity. */
  public static final Rule RX_VALIDITY_EXPIRED =
      define("RX.VALIDITY.EXPIRED", PRESCRIPTION, BLOCK, CFBF + " 第十八条",
          "调剂时处方已过有效期（当日有效；注明理由者最长至第 maxDays 日，开具当日为第1日）",
          "Dispensed after the end of validity: the issue day, or with a justification the end"
              + " of day maxDays counting the issue day as day 1 (calendar days, policy zone)")
          .param(Param.integer("maxDays", 3, 1, 30).unit("days")
              .statutory(HIGHER, CFBF + " 第十八条"))
          .done();

  /** Internet prescription for a first-visit patient. */
  public static final Rule RX_INTERNET_FIRST_VISIT =
      define("RX.INTERNET.FIRST_VISIT", PRESCRIPTION, BLOCK, HLW + " 第十六条",
          "为首诊患者开具互联网处方",
          "An internet prescription for a first-visit patient")
          .done();

  /** Specially managed drugs on an internet prescription. */
  public static final Rule RX_INTERNET_CONTROLLED =
      define("RX.INTERNET.CONTROLLED", PRESCRIPTION, BLOCK, HLW + " 第十九条",
          "互联网处方开具麻醉药品、精神药品、医疗用毒性药品或放射性药品",
          "An internet prescription with narcotic, psychotropic, toxic or radioactive drugs")
          .done();

  /** Internet prescriber not registered or too junior. */
  public static final Rule RX_INTERNET_PRESCRIBER =
      define("RX.INTERNET.PRESCRIBER", PRESCRIPTION, BLOCK, HLW + " 第二十五条",
          "互联网处方开方者未注册互联网诊疗或独立临床工作不足规定年限",
          "An internet prescription by a prescriber not registered for internet practice or"
              + " with fewer years of independent practice than required")
          .param(Param.integer("minYears", 3, 0, 50).unit("years")
              .statutory(LOWER, HLW + " 第二十五条"))
          .done();

  /** Internet prescription for a young child without a guardian. */
  public static final Rule RX_INTERNET_CHILD_GUARDIAN =
      define("RX.INTERNET.CHILD_GUARDIAN", PRESCRIPTION, BLOCK, HLW + " 第十九条",
          "为低龄儿童开具互联网处方而未确认监护人在场",
          "An internet prescription for a child under the age limit without a guardian present")
          .param(Param.integer("maxAgeYears", 6, 0, 18).unit("years")
              .statutory(LOWER, HLW + " 第十九条"))
          .done();

  /** Drug outside the hospital formulary. */
  public static final Rule RX_FORMULARY_NOT_LISTED =
      define("RX.FORMULARY.NOT_LISTED", PRESCRIPTION, REVIEW, CFBF + " 第十五条",
          "药品不在本院处方集（外购药品院内使用需审批）",
          "A drug not in the hospital formulary (outside drugs need approval)")
          .done();

  /** Key-monitored drug without a justification. */
  public static final Rule RX_KEY_MONITORED =
      define("RX.KEY_MONITORED", PRESCRIPTION, REVIEW, "第二批国家重点监控合理用药药品目录 (2023)",
          "国家重点监控合理用药药品未注明用药理由",
          "A key-monitored drug without a justification")
          .done();

  /** 大处方 by total cost. */
  public static final Rule RX_COST_LARGE =
      define("RX.COST.LARGE", PRESCRIPTION, REVIEW,
          "地方大处方、回扣、红包专项整治方案 (无全国统一金额，由医院设定)",
          "大处方：处方金额（数量×单价之和）超过该类处方的阈值；住院处方不检查",
          "Large prescription: the total (quantity × unit price) over the threshold for its"
              + " setting; inpatient prescriptions are not checked")
          .param(Param.money("outpatientYuan", "1000"))
          .param(Param.money("emergencyYuan", "1500"))
          .param(Param.money("internetYuan", "500"))
          .done();

  // ---------------------------------------------------------------- 统方

  /** Prescriber-level usage statistics without a valid approval. */
  public static final Rule TF_PRESCRIBER_STATS =
      define("TF.PRESCRIBER_STATS", TONGFANG, BLOCK, "九不准 第六项; 九项准则 第一条",
          "按医生个人统计药品耗材用量（分组或筛选到个人医生），且请求者无有效的医生级统方审批",
          "Reads drug or consumable usage broken down by or filtered to an individual"
              + " prescriber without a valid PRESCRIBER-scope approval for an allowed purpose")
          .done();

  /** Department-level usage statistics by an unauthorised role. */
  public static final Rule TF_DEPARTMENT_STATS =
      define("TF.DEPARTMENT_STATS", TONGFANG, REVIEW, "九不准 第六项",
          "按科室统计药品耗材用量，请求者不在授权角色内",
          "Usage broken down by department by a requester not in an authorised role")
          .done();

  /** A representative or supplier account asking for usage statistics. */
  public static final Rule TF_REPRESENTATIVE =
      define("TF.REPRESENTATIVE", TONGFANG, BLOCK, "医药代表备案管理办法（试行） 第十条",
          "请求者为医药代表或供应商账户或与之关联：任何用量统计",
          "The requester is, or is linked to, a pharmaceutical representative or supplier"
              + " account: any usage statistic")
          .done();

  /** An approval that does not fit the request. */
  public static final Rule TF_PURPOSE =
      define("TF.PURPOSE", TONGFANG, BLOCK, "医院统方管理制度",
          "所引用的统方审批不适用：未知、他人、不在有效期、用途不符或不在可审批用途内、科室级审批用于医生级统计",
          "The approval named does not fit: unknown, another user's, outside its validity, a"
              + " purpose other than the request's or not approvable, or DEPARTMENT scope used"
              + " for a PRESCRIBER statistic")
          .done();

  /** An approved statistic outside allowed hours. */
  public static final Rule TF_OFF_HOURS =
      define("TF.OFF_HOURS", TONGFANG, REVIEW, "医院统方管理制度",
          "经审批的统方在允许时段之外运行",
          "An approved statistic run outside the allowed days and hours")
          .param(Param.daysOfWeek("allowedDays", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY))
          .param(Param.localTime("from", "08:00"))
          .param(Param.localTime("to", "18:00"))
          .done();

  /** Export or too many rows. */
  public static final Rule TF_BULK =
      define("TF.BULK", TONGFANG, REVIEW, "医院统方管理制度",
          "请求导出，或预计返回行数超过上限",
          "Export requested, or more rows expected than allowed")
          .param(Param.integer("maxRows", 500, 1, 100_000_000).unit("rows"))
          .done();

  /** Too many statistic queries by one user. */
  public static final Rule TF_FREQUENCY =
      define("TF.FREQUENCY", TONGFANG, REVIEW, "医院统方管理制度",
          "同一用户在时间窗内的统计查询次数超过上限（含本次）",
          "More statistic queries by the same user within the window than allowed, counting"
              + " this one")
          .param(Param.integer("maxQueries", 20, 1, 100_000).unit("queries"))
          .param(Param.integer("windowHours", 24, 1, 24 * 366).unit("hours"))
          .done();

  /** A statement that names a mapped table but cannot be analysed. */
  public static final Rule TF_UNPARSEABLE =
      define("TF.UNPARSEABLE", TONGFANG, BLOCK, "",
          "语句涉及已映射的表或存储过程但无法解析或解析不完全：失败即阻断，无论是否审批",
          "The statement cannot be parsed or resolved and names a mapped table or procedure:"
              + " fail-closed, whatever the approval")
          .done();

  /** An approved doctor-level statistic that must be masked. */
  public static final Rule TF_MASK =
      define("TF.MASK", TONGFANG, ALLOW, "医院统方管理制度",
          "经审批的医生级统计，审批要求屏蔽医生身份：允许，附带义务 MASK_PRESCRIBER",
          "An approved doctor-level statistic whose approval requires masking: ALLOW with the"
              + " obligation MASK_PRESCRIBER")
          .done();

  // ---------------------------------------------------------------- visits

  /** Representative not filed. */
  public static final Rule VISIT_REP_NOT_FILED =
      define("VISIT.REP.NOT_FILED", VISIT, BLOCK, "医药代表备案管理办法（试行） 第五条、第十三条",
          "医药代表未知、备案非有效状态、备案有效期早于接待时间，或所属企业与申报不符",
          "Representative unknown, filing not ACTIVE, filing valid only before the visit, or"
              + " the subject's company differs from the representative's")
          .done();

  /** Company blacklisted or badly rated. */
  public static final Rule VISIT_COMPANY_BLACKLISTED =
      define("VISIT.COMPANY.BLACKLISTED", VISIT, BLOCK,
          "商业贿赂不良记录规定 (2013); 医药价格和招采信用评价",
          "企业在接待时处于不良记录名单期内，或信用评级达到阈值",
          "The company is blacklisted at the visit time or its credit rating is at or above the"
              + " threshold")
          .param(Param.choice("blockFromRating", "SERIOUS", RATINGS))
          .done();

  /** 有预约. */
  public static final Rule VISIT_APPOINTMENT =
      define("VISIT.APPOINTMENT", VISIT, BLOCK, "三定三有 (医院制度)",
          "有预约：无预约或预约未获批准；批准晚于开始前规定时限；签到不在预约时段内；签退晚于预约结束",
          "No appointment, or one never approved; approved later than leadHours before the"
              + " start; check-in outside the appointment; check-out after its end")
          .param(Param.integer("leadHours", 24, 0, 24 * 30).unit("hours"))
          .done();

  /** 定时. */
  public static final Rule VISIT_TIME_WINDOW =
      define("VISIT.TIME_WINDOW", VISIT, BLOCK, "三定三有 (医院制度)",
          "定时：预约时段、签到或签退不在同一接待时段内（接待时段、闭馆日与调休日见策略 visits 节）",
          "The appointment, check-in or check-out is not inside one reception window (the"
              + " policy's visits.windows, closedDates and extraDates)")
          .done();

  /** 定点. */
  public static final Rule VISIT_LOCATION =
      define("VISIT.LOCATION", VISIT, BLOCK, "三定三有; 九项准则",
          "定点：地点未知或非指定接待地点，或为诊疗区域（门诊诊室、病区、药房、手术室）；诊疗区域总是阻断并告警",
          "The location is unknown or not designated for visits, or is a clinical area (always"
              + " BLOCK with an alert, whatever the policy says)")
          .done();

  /** 定人. */
  public static final Rule VISIT_HOST =
      define("VISIT.HOST", VISIT, BLOCK, "三定三有 (医院制度)",
          "定人：接待人不在指定接待人员名单内，或接待人数少于规定",
          "A host who is not a designated receiver, or fewer distinct hosts than required")
          .param(Param.integer("minHosts", 2, 1, 20).unit("hosts"))
          .done();

  /** 有流程. */
  public static final Rule VISIT_PROCESS =
      define("VISIT.PROCESS", VISIT, BLOCK, "三定三有 (医院制度)",
          "有流程：预约审批人数不足，或审批人未覆盖策略要求的角色",
          "An appointment with fewer distinct approvers than required, or approvers not"
              + " covering every required role")
          .param(Param.integer("requiredApprovals", 2, 1, 20).unit("approvers"))
          .done();

  /** 有记录. */
  public static final Rule VISIT_RECORD =
      define("VISIT.RECORD", VISIT, REVIEW, "三定三有 (医院制度)",
          "有记录：签退后逾期无记录，记录缺主题或参加人，或记录晚于时限",
          "At close, no record once the deadline after check-out has passed, a record without a"
              + " topic or attendees, or one recorded after the deadline")
          .param(Param.integer("recordHours", 24, 1, 24 * 30).unit("hours"))
          .done();

  /** A purpose reps may not pursue. */
  public static final Rule VISIT_PURPOSE =
      define("VISIT.PURPOSE", VISIT, BLOCK, "医药代表备案管理办法（试行） 第十条",
          "来访目的为医药代表不得从事的事项：销售、收款、统方",
          "The purpose is one representatives may not pursue: sales, payment, prescription"
              + " statistics")
          .done();

  /** Too many visits in a month. */
  public static final Rule VISIT_FREQUENCY =
      define("VISIT.FREQUENCY", VISIT, WARN, "医院制度",
          "含本次在内，代表当月来访次数或同一接待人接待同一企业次数超过上限",
          "Counting this visit, more visits by the representative in the calendar month than"
              + " allowed, or more visits of one host with the representative's company")
          .param(Param.integer("maxPerRepPerMonth", 4, 1, 1000).unit("visits"))
          .param(Param.integer("maxPerHostCompanyPerMonth", 2, 1, 1000).unit("visits"))
          .done();

  // ---------------------------------------------------------------- procurement

  /** Bought off the provincial platform without a valid exception. */
  public static final Rule PROC_OFF_PLATFORM =
      define("PROC.OFF_PLATFORM", PROCUREMENT, BLOCK,
          GUOBAN_2015_7 + "; 国办发〔2019〕37号",
          "药品或高值耗材未经省级集中采购平台采购，且无按时备案的有效例外",
          "A drug or high-value consumable line not bought through the provincial platform"
              + " without a valid exception filed within filingDays")
          .param(Param.integer("filingDays", 5, 0, 365).unit("days"))
          .done();

  /** Above the listed price, or any price other than the VBP agreed price. */
  public static final Rule PROC_PRICE =
      define("PROC.PRICE", PROCUREMENT, BLOCK, GUOBAN_2015_7 + "; " + GUOBAN_2019_2,
          "采购价高于挂网价；带量采购中选品种价格不等于中选价（二次议价，含低于）",
          "A unit price above the listed price; for a VBP-selected listing, any price other"
              + " than the agreed price, lower included")
          .done();

  /** Purchase requested by a clinical or other department. */
  public static final Rule PROC_PRIVATE =
      define("PROC.PRIVATE", PROCUREMENT, BLOCK, "九不准 第七项",
          "由临床或其他科室而非采购办或药学部门发起的采购（违规私自采购）",
          "A purchase requested by a clinical or other department rather than the procurement"
              + " office or pharmacy")
          .done();

  /** Supplier unknown, unlicensed, blacklisted or badly rated. */
  public static final Rule PROC_SUPPLIER =
      define("PROC.SUPPLIER", PROCUREMENT, BLOCK, "医药价格和招采信用评价; 商业贿赂不良记录规定",
          "供应商未知、许可证过期、处于不良记录期内或信用评级达到阈值",
          "Supplier unknown, licence expired, blacklisted, or credit rating at or above the"
              + " threshold")
          .param(Param.choice("blockFromRating", "SERIOUS", RATINGS))
          .done();

  /** Substituting a VBP item that is behind schedule. */
  public static final Rule PROC_VBP_PRIORITY =
      define("PROC.VBP_PRIORITY", PROCUREMENT, WARN, GUOBAN_2019_2 + " (优先使用中选药品)",
          "采购非中选替代品，而对应中选品种进度落后且本单未同时采购",
          "A line substituting a VBP-selected listing that is behind schedule, unless the same"
              + " order also buys it")
          .done();

  /** VBP completion projected below the agreed volume. */
  public static final Rule PROC_VBP_VOLUME =
      define("PROC.VBP_VOLUME", PROCUREMENT, WARN, "集中带量采购 约定采购量",
          "中选品种按线性推算的完成量低于约定采购量×最低完成率",
          "A VBP-selected listing whose completion, projected linearly to the period's end, is"
              + " below agreedVolume × minCompletion")
          .param(Param.ratio("minCompletion", "1.0", "0", "10"))
          .done();

  /** Paid late. */
  public static final Rule PROC_PAYMENT =
      define("PROC.PAYMENT", PROCUREMENT, WARN, GUOBAN_2015_7 + "; " + GUOBAN_2019_2,
          "验收后超过规定天数付款或仍未付款",
          "Paid later than maxDays × 24 h after acceptance, or still unpaid past that")
          .param(Param.integer("maxDays", 30, 1, 365).unit("days")
              .statutory(HIGHER, GUOBAN_2015_7))
          .done();

  /** Accepted line without trace codes. */
  public static final Rule PROC_TRACE_CODE =
      define("PROC.TRACE_CODE", PROCUREMENT, WARN, "药品追溯码 采集",
          "已验收订单中应追溯类别的品种未采集追溯码",
          "An accepted order with a line of a traceable category that carries no trace codes")
          .done();

  /** 一品两规. */
  public static final Rule PROC_FORMULARY_SPECS =
      define("PROC.FORMULARY.SPECS", PROCUREMENT, BLOCK, CFBF + " 第十六条",
          "新增品规使同一通用名在同一剂型类别（注射或口服）超过规格数上限（一品两规）",
          "An addition would give a generic name more distinct specifications than allowed in"
              + " one form class (injection, or oral)")
          .param(Param.integer("maxSpecs", 2, 1, 20).unit("specifications")
              .statutory(HIGHER, CFBF + " 第十六条"))
          .done();

  /** Antibiotic 品种 cap. */
  public static final Rule PROC_FORMULARY_ANTIBIOTIC_COUNT =
      define("PROC.FORMULARY.ANTIBIOTIC_COUNT", PROCUREMENT, BLOCK,
          "抗菌药物临床应用专项整治活动方案 (2012)",
          "新增抗菌药物使目录中抗菌药物品种数超过本级医院上限",
          "An added antibiotic would take the number of antibiotic generic names over the cap"
              + " for the institution's level")
          .param(Param.integer("tertiary", 50, 1, 1000).unit("generic names")
              .statutory(HIGHER, "抗菌药物临床应用专项整治活动方案 (2012)"))
          .param(Param.integer("secondary", 35, 1, 1000).unit("generic names")
              .statutory(HIGHER, "抗菌药物临床应用专项整治活动方案 (2012)"))
          .param(Param.integer("primary", null, 1, 1000).unit("generic names").optional())
          .done();

  private static final ImmutableList<Rule> ALL = ImmutableList.copyOf(DEFINED);
  private static final ImmutableMap<String, Rule> BY_ID;

  static {
    ImmutableMap.Builder<String, Rule> b = ImmutableMap.builder();
    for (Rule r : ALL) {
      b.put(r.id(), r);
    }
    BY_ID = b.buildOrThrow();
  }

  private RuleCatalog() {}

  /** Every rule, cross-cutting first, then by family in catalog order. */
  public static ImmutableList<Rule> all() {
    return ALL;
  }

  /** The rule with id {@code id}, or {@code null}. */
  public static @Nullable Rule find(String id) {
    return BY_ID.get(id);
  }

  /**
   * The rule with id {@code id}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static Rule byId(String id) {
    Rule r = BY_ID.get(id);
    if (r == null) {
      throw new IllegalArgumentException("unknown rule id " + id);
    }
    return r;
  }

  /** The number of rules. */
  public static int size() {
    return ALL.size();
  }

  private static Definition define(
      String id, Family family, Decision severity, String citation, String zh, String en) {
    return new Definition(id, family, severity, citation, zh, en);
  }

  private static final class Definition {
    private final String id;
    private final Family family;
    private final Decision severity;
    private final String citation;
    private final String zh;
    private final String en;
    private String severityNote = "";
    private final ImmutableMap.Builder<Family, Decision> byFamily = ImmutableMap.builder();
    private final ImmutableList.Builder<Param> params = ImmutableList.builder();

    Definition(String id, Family family, Decision severity, String citation, String zh, String en) {
      this.id = id;
      this.family = family;
      this.severity = severity;
      this.citation = citation;
      this.zh = zh;
      this.en = en;
    }

    Definition severityNote(String note) {
      this.severityNote = note;
      return this;
    }

    Definition severityFor(Family f, Decision d) {
      byFamily.put(f, d);
      return this;
    }

    Definition param(Param.Builder p) {
      params.add(p.build());
      return this;
    }

    Rule done() {
      Rule r =
          new Rule(
              DEFINED.size(), id, family, severity, severityNote, byFamily.buildOrThrow(), citation,
              zh, en, params.build());
      DEFINED.add(r);
      return r;
    }
  }
}
