#!/usr/bin/env Rscript
# uncertainty.R -- reference values for standard errors, intervals, design effects, Rao-Scott
# tests and group contrasts, computed with R's survey package (R 4.2.2, survey 4.1.1), for the
# Swift tests in Tests/ParSurveyTests/Fixtures/uncertainty/.
#
#   Rscript Scripts/reference/uncertainty.R Tests/ParSurveyTests/Fixtures/uncertainty
#
# Run from the repository root (reads Questionnaires/sipas-citizen.json and the Tây Sơn batch).
# The datasets are made by Scripts/reference/uncertainty_data.sh (gen.py + small edits).
# Writes <scenario>.json for each scenario, weights_*.csv (calibrated weights, 17 digits) and
# distributions.json (qt, pt, pf, pchisq).
#
# Every number comes from a survey-package call, one call per question (available-case):
#   share, SE, deff   svymean(~P_q, sub, na.rm = TRUE, deff = "replace")     sub = domain subset
#   share CI          svyciprop(~P_q, sub, method = "logit", level = 0.95, na.rm = TRUE), and its closed
#                     form plogis(qlogis(p) -/+ qt(0.975, degf(sub)) * SE / (p (1 - p)))
#   element, overall  svycontrast(svytotal(~N_q.. + D_q.., sub), (N_q1/D_q1 + ...)/k ...)
#   index CI          estimate -/+ qt(0.975, degf(sub)) * SE
#   Rao-Scott         svychisq(~group + F_q, des, statistic = "F") and statistic = "Chisq"
#                     (sparse tables where svychisq stops: see rao_scott_closed)
#   contrast          svycontrast(svytotal(~Ng + Dg + N_q + D_q, des), quote(Ng/Dg - N_q/D_q)),
#                     p = 2 * pt(-|est/SE|, degf(des)), Holm: p.adjust(p, "holm")
suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})
options(survey.lonely.psu = "fail", warn = 1)
args <- commandArgs(TRUE)
OUT <- if (length(args)) args[1] else "Tests/ParSurveyTests/Fixtures/uncertainty"
LEVEL <- 0.95

# The questionnaire as data: questions by element, each option's value y (1/0 satisfied for
# shareSatisfied, the credit for meanCredit; NA for a "missing" option), question weights
# within elements (points when given) and how the overall index combines them.
use_questionnaire <- function(path) {
  qn <- fromJSON(path, simplifyVector = FALSE)
  QN$path <<- path
  QN$scoring <<- qn$scoring
  QN$elements <<- setNames(lapply(qn$elements, function(e) vapply(e$questions, function(q) q$id, "")),
                           vapply(qn$elements, function(e) e$id, ""))
  QN$qs <<- unlist(QN$elements, use.names = FALSE)
  qw <- unlist(lapply(qn$elements, function(e) vapply(e$questions, function(q)
    if (!is.null(q$points)) q$points else if (!is.null(q$weight)) q$weight else 1, 0)))
  QN$qweight <<- setNames(qw, QN$qs)
  QN$eweight <<- setNames(vapply(qn$elements, function(e) if (is.null(e$weight)) 1 else e$weight, 0), names(QN$elements))
  QN$points <<- !is.null(qn$elements[[1]]$questions[[1]]$points)
  opts <- qn$scales[[1]]$options
  QN$value <<- setNames(vapply(opts, function(o) {
    if (isTRUE(o$missing)) NA_real_ else if (qn$scoring == "meanCredit") as.numeric(o$credit) else as.numeric(isTRUE(o$satisfied))
  }, 0), vapply(opts, function(o) as.character(o$code), ""))
}
QN <- new.env()
use_questionnaire("Questionnaires/sipas-citizen.json")

read_data <- function(file) {
  d <- read.csv(file, stringsAsFactors = FALSE, na.strings = c("", "NA"), colClasses = c(id = "character"))
  for (q in QN$qs) {
    code <- as.character(d[[q]])
    y <- unname(QN$value[code])                     # NA: blank, or a missing option (9, E)
    code[is.na(y)] <- NA
    d[[q]] <- code
    d[[paste0("P_", q)]] <- y
    d[[paste0("N_", q)]] <- ifelse(is.na(y), 0, y)
    d[[paste0("D_", q)]] <- as.numeric(!is.na(y))
    d[[paste0("F_", q)]] <- factor(code)            # observed categories only (svychisq's nc)
  }
  if (!"weight" %in% names(d)) d$weight <- 1
  d
}

# Expressions of the element and overall indices over the questions answered in a domain
# (IndexAggregation: weighted means, unanswered questions left out).
index_expressions <- function(active) {
  ex <- list(); eterm <- list()
  ratio <- function(qq) paste0("N_", qq, "/D_", qq)
  for (e in names(QN$elements)) {
    qq <- intersect(QN$elements[[e]], active)
    if (!length(qq)) next
    w <- QN$qweight[qq] / sum(QN$qweight[qq])
    eterm[[e]] <- paste0("(", paste0(sprintf("%.17g", w), "*", ratio(qq), collapse = "+"), ")")
    ex[[e]] <- parse(text = eterm[[e]])[[1]]
  }
  if (QN$points) {
    w <- QN$qweight[active] / sum(QN$qweight[active])
    ex[["overall"]] <- parse(text = paste0(sprintf("%.17g", w), "*", ratio(active), collapse = "+"))[[1]]
  } else {
    w <- QN$eweight[names(eterm)] / sum(QN$eweight[names(eterm)])
    ex[["overall"]] <- parse(text = paste0(sprintf("%.17g", w), "*", unlist(eterm), collapse = "+"))[[1]]
  }
  ex
}

num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) NULL else unname(x)

# Point estimates, SEs, CIs and design effects for one domain (sub = the domain's design).
domain_result <- function(des, inside, name) {
  sub <- des[inside, ]
  dd <- des$variables[inside, ]
  df <- degf(sub)
  w <- weights(des)[inside]
  crit <- list()
  tq <- qt(1 - (1 - LEVEL) / 2, df)
  for (q in QN$qs) {
    if (sum(!is.na(dd[[q]])) == 0) next
    fP <- as.formula(paste0("~P_", q))
    s <- svymean(fP, sub, na.rm = TRUE, deff = "replace")
    dv <- deff(s)[[1]]
    p <- coef(s)[[1]]; se <- SE(s)[[1]]
    if (QN$scoring == "shareSatisfied") {
      # svyciprop fits a quasibinomial svyglm (glm.control epsilon = 1e-8), so its interval is the
      # closed form expit(logit p -/+ t SE/(p(1-p))) only to ~1e-8; the closed form is written too.
      ci <- attr(suppressWarnings(svyciprop(fP, sub, method = "logit", level = LEVEL, na.rm = TRUE)), "ci")
      cf <- if (p > 0 && p < 1) plogis(qlogis(p) + c(-1, 1) * tq * se / (p * (1 - p))) else c(p, p)
    } else {                                        # mean credit: t (Wald) interval
      ci <- as.vector(confint(s, df = df, level = LEVEL)); cf <- ci
    }
    crit[[length(crit) + 1]] <- list(id = q, answered = sum(!is.na(dd[[q]])), share = p, se = se,
                                     ciLow = ci[[1]], ciHigh = ci[[2]], ciLowFormula = cf[1], ciHighFormula = cf[2],
                                     deff = if (is.finite(dv)) dv else NULL)
  }
  active <- QN$qs[vapply(QN$qs, function(q) sum(dd[[paste0("D_", q)]]) > 0, TRUE)]
  tot <- svytotal(as.formula(paste("~", paste(c(paste0("N_", active), paste0("D_", active)), collapse = "+"))), sub)
  ex <- index_expressions(active)
  cc <- svycontrast(tot, ex)
  idx <- lapply(seq_along(ex), function(k) {
    est <- coef(cc)[[k]]; se <- SE(cc)[[k]]
    list(id = names(ex)[k], estimate = est, se = se, ciLow = est - tq * se, ciHigh = est + tq * se)
  })
  list(domain = name, rows = sum(inside), df = df, sumOfWeights = sum(w), kish = length(w) * sum(w^2) / sum(w)^2,
       criteria = crit, indices = idx)
}

domains <- function(des, by) {
  if (is.null(by)) return(list(domain_result(des, rep(TRUE, nrow(des$variables)), "all")))
  v <- des$variables[[by]]
  lapply(sort(unique(v)), function(g) domain_result(des, v == g, g))
}

# svychisq's own computation, repeated with the survey package's V (svymean of the cell
# indicators), so that the fallback for singular sparse tables can be written down: when
# svychisq stops ("system is computationally singular": zero cells leave some interaction
# contrasts without information), D = diag(expected proportions under independence) replaces
# D = diag(observed proportions), as SAS PROC SURVEYFREQ does. Otherwise `closedForm` repeats
# svychisq (checked here against it).
rao_scott_closed <- function(des, by, q, expectedD) {
  rowsv <- des$variables[[by]]; colsv <- des$variables[[paste0("F_", q)]]
  nr <- length(unique(na.omit(rowsv))); nc <- length(unique(na.omit(colsv)))
  fsat <- as.formula(paste0("~interaction(factor(", by, "), factor(F_", q, "))-1"))
  mm <- model.matrix(fsat, model.frame(fsat, des$variables, na.action = na.pass))
  N <- nrow(mm)
  nu <- length(unique(des$cluster[, 1])) - length(unique(des$strata[, 1]))
  mean2 <- svymean(mm, des, na.rm = TRUE); V <- attr(mean2, "var"); p <- as.vector(mean2)
  mf1 <- expand.grid(rows = 1:nr, cols = 1:nc)
  X1 <- model.matrix(~factor(rows) + factor(cols), mf1); X12 <- model.matrix(~factor(rows) * factor(cols), mf1)
  Cm <- qr.resid(qr(X1), X12[, -(1:(nr + nc - 1)), drop = FALSE])
  P <- matrix(p, nr, nc); E <- as.vector(outer(rowSums(P), colSums(P)))
  Dv <- if (expectedD) E else p
  iD <- diag(ifelse(Dv == 0, 0, 1 / Dv))
  Delta <- solve(t(Cm) %*% (iD / N) %*% Cm, t(Cm) %*% iD %*% V %*% iD %*% Cm)
  X2 <- N * sum((p - E)^2 / E)
  tr <- sum(diag(Delta)); d0 <- tr^2 / sum(diag(Delta %*% Delta)); Fst <- X2 / tr
  list(pearsonX2 = X2, F = Fst, ndf = d0, ddf = d0 * nu, pF = pf(Fst, d0, d0 * nu, lower.tail = FALSE),
       chisqDf = ncol(Delta), pChisq = pchisq(X2 / (tr / ncol(Delta)), ncol(Delta), lower.tail = FALSE))
}

rao_scott <- function(des, by, q) {
  f <- as.formula(paste0("~", by, "+F_", q))
  tab <- svytable(f, des)
  out <- list(question = q, by = by, rows = rownames(tab), categories = colnames(tab),
              weightedCounts = unname(lapply(seq_len(nrow(tab)), function(i) as.vector(tab[i, ]))))
  r <- tryCatch({
    tf <- svychisq(f, des, statistic = "F")
    tc <- svychisq(f, des, statistic = "Chisq")
    list(pearsonX2 = unname(tc$statistic), F = unname(tf$statistic), ndf = unname(tf$parameter[[1]]),
         ddf = unname(tf$parameter[[2]]), pF = tf$p.value, chisqDf = unname(tc$parameter[[1]]), pChisq = tc$p.value)
  }, error = function(e) conditionMessage(e))
  if (is.character(r)) {
    out$svychisqError <- r
    out$method <- "expectedProportions"
    r <- rao_scott_closed(des, by, q, TRUE)
  } else {
    out$method <- "observedProportions"
    chk <- rao_scott_closed(des, by, q, FALSE)
    stopifnot(abs(chk$F / r$F - 1) < 1e-9, abs(chk$ndf / r$ndf - 1) < 1e-9, abs(chk$pF - r$pF) < 1e-12)
  }
  c(out, r)
}

contrasts <- function(des, by, q) {
  v <- des$variables[[by]]
  gs <- sort(unique(v[!is.na(des$variables[[q]])]))
  rows <- lapply(gs, function(g) {
    des2 <- update(des, Ng = ifelse(v == g, get(paste0("N_", q)), 0), Dg = ifelse(v == g, get(paste0("D_", q)), 0))
    tot <- svytotal(as.formula(paste0("~Ng+Dg+N_", q, "+D_", q)), des2)
    cc <- svycontrast(tot, parse(text = paste0("Ng/Dg - N_", q, "/D_", q))[[1]])
    est <- coef(cc)[[1]]; se <- SE(cc)[[1]]
    list(group = g, difference = est, se = se, p = 2 * pt(-abs(est / se), degf(des)))
  })
  holm <- p.adjust(vapply(rows, function(r) r$p, 0), "holm")
  for (k in seq_along(rows)) rows[[k]]$pHolm <- holm[[k]]
  pooled <- svymean(as.formula(paste0("~P_", q)), des, na.rm = TRUE)   # share or mean credit
  list(question = q, by = by, df = degf(des), pooled = coef(pooled)[[1]], groups = rows)
}

write_scenario <- function(name, spec, des, by_list, chisq = list(), contrast = list()) {
  out <- spec
  out$scenario <- name
  out$questionnaire <- QN$path
  out$level <- LEVEL
  out$R <- R.version.string
  out$survey <- as.character(packageVersion("survey"))
  out$degf <- degf(des)
  out$domains <- list(all = domains(des, NULL))
  for (b in by_list) out$domains[[b]] <- domains(des, b)
  out$chisq <- lapply(chisq, function(x) rao_scott(des, x[[1]], x[[2]]))
  out$contrasts <- lapply(contrast, function(x) contrasts(des, x[[1]], x[[2]]))
  writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, null = "null", pretty = TRUE), file.path(OUT, paste0(name, ".json")))
  cat("wrote", name, "\n")
}

margins <- function(file) {
  m <- read.csv(file, stringsAsFactors = FALSE, colClasses = c("character", "character", "numeric"))
  pp <- function(v) { x <- m[m$variable == v, ]; o <- data.frame(x$level, Freq = x$total); names(o)[1] <- v; o }
  list(gender = pp("gender"), age_group = pp("age_group"), commune = pp("commune"))
}
g17 <- function(x) sprintf("%.17g", x)

## ---- A: weighted.csv (8 communes; unit = stratum = commune) --------------------------------
d <- read_data(file.path(OUT, "weighted.csv"))
pm <- margins(file.path(OUT, "weighted_margins.csv"))
d$gender <- factor(d$gender, levels = pm$gender$gender)
d$age_group <- factor(d$age_group, levels = pm$age_group$age_group)
d$commune <- factor(d$commune, levels = pm$commune$commune)
d$cell <- interaction(d$gender, d$age_group, sep = "|")
base <- svydesign(ids = ~1, strata = ~commune, weights = ~weight, data = d)
Ntot <- sum(pm$commune$Freq)
popcell <- expand.grid(g = seq_len(nrow(pm$gender)), a = seq_len(nrow(pm$age_group)))
popcell <- data.frame(cell = interaction(pm$gender$gender[popcell$g], pm$age_group$age_group[popcell$a], sep = "|"),
                      Freq = round(Ntot * pm$gender$Freq[popcell$g] * pm$age_group$Freq[popcell$a] / Ntot^2))
ps <- postStratify(base, ~cell, popcell)
cal_pop <- c(`(Intercept)` = Ntot,
             setNames(pm$gender$Freq[-1], paste0("gender", pm$gender$gender[-1])),
             setNames(pm$age_group$Freq[-1], paste0("age_group", pm$age_group$age_group[-1])),
             setNames(pm$commune$Freq[-1], paste0("commune", pm$commune$commune[-1])))
cal <- calibrate(base, ~gender + age_group + commune, cal_pop, calfun = "raking", epsilon = 1e-12, maxit = 200)
write.csv(data.frame(id = d$id, poststratified = g17(weights(ps)), raked = g17(weights(cal))),
          file.path(OUT, "weights_weighted.csv"), row.names = FALSE, quote = FALSE)
dfix <- d; dfix$wcal <- weights(cal)
fixed <- svydesign(ids = ~1, strata = ~commune, weights = ~wcal, data = dfix)

specA <- list(data = "weighted.csv", unit = "commune", strata = "commune")
write_scenario("weighted-base", c(specA, list(weights = "weight", calibration = list())), base, c("commune", "gender"),
               chisq = list(c("commune", "q1"), c("commune", "q12"), c("gender", "q3")),
               contrast = list(c("commune", "q1"), c("gender", "q3")))
write_scenario("weighted-poststratified", c(specA, list(weights = "poststratified", calibration = list(c("gender", "age_group")))),
               ps, "commune", chisq = list(c("commune", "q1")), contrast = list(c("commune", "q1")))
write_scenario("weighted-raked", c(specA, list(weights = "raked", calibration = list("gender", "age_group", "commune"))),
               cal, "commune", chisq = list(c("commune", "q1")), contrast = list(c("commune", "q1")))
write_scenario("weighted-raked-fixed", c(specA, list(weights = "raked", calibration = list())), fixed, "commune")

## ---- D: trimmed.csv (15 communes; raked, then trimWeights(upper = 3 x mean, not strict)) ---
# trimWeights() changes design$prob only: the calibration's greg_calibration entry stays in
# design$postStrata, so svyrecvar projects the influence values x (built with the trimmed
# weights w) with the calibration's own qr and g: z = x - g d m'B, B = (X'DX)^-1 X'(x/g).
d <- read_data(file.path(OUT, "trimmed.csv"))
pm <- margins(file.path(OUT, "trimmed_margins.csv"))
d$gender <- factor(d$gender, levels = pm$gender$gender)
d$age_group <- factor(d$age_group, levels = pm$age_group$age_group)
d$commune <- factor(d$commune, levels = pm$commune$commune)
base <- svydesign(ids = ~1, strata = ~commune, weights = ~weight, data = d)
cal_pop <- c(`(Intercept)` = sum(pm$commune$Freq),
             setNames(pm$gender$Freq[-1], paste0("gender", pm$gender$gender[-1])),
             setNames(pm$age_group$Freq[-1], paste0("age_group", pm$age_group$age_group[-1])),
             setNames(pm$commune$Freq[-1], paste0("commune", pm$commune$commune[-1])))
cal <- calibrate(base, ~gender + age_group + commune, cal_pop, calfun = "raking", epsilon = 1e-12, maxit = 200)
tr <- trimWeights(cal, upper = 3 * mean(weights(cal)), strict = FALSE)
stopifnot(sum(weights(tr) != weights(cal)) == nrow(d), sum(weights(cal) > 3 * mean(weights(cal))) > 0)
write.csv(data.frame(id = d$id, raked = g17(weights(cal)), trimmed = g17(weights(tr))),
          file.path(OUT, "weights_trimmed.csv"), row.names = FALSE, quote = FALSE)
write_scenario("trimmed", list(data = "trimmed.csv", unit = "commune", strata = "commune", weights = "trimmed",
                               calibratedWeights = "raked", calibration = list("gender", "age_group", "commune"),
                               trimmedRows = sum(weights(cal) > 3 * mean(weights(cal)))),
               tr, "commune", chisq = list(c("commune", "q1"), c("gender", "q3")),
               contrast = list(c("commune", "q1")))

## ---- B: sparse.csv (12 communes, no weights, C12 has 3 respondents) ----------------------
d <- read_data(file.path(OUT, "sparse.csv"))
sp <- svydesign(ids = ~1, strata = ~commune, weights = ~weight, data = d)
write_scenario("sparse", list(data = "sparse.csv", unit = "commune", strata = "commune", weights = "none", calibration = list()),
               sp, "commune", chisq = list(c("commune", "q1"), c("commune", "q7"), c("commune", "q22")),
               contrast = list(c("commune", "q1")))

## ---- C: districts.csv (unit = district, strata = communes inside districts) --------------
d <- read_data(file.path(OUT, "districts.csv"))
d$gender <- factor(d$gender, levels = c("Male", "Female"))
d$age_group <- factor(d$age_group, levels = c("18-29", "30-44", "45-59", "60+"))
base <- svydesign(ids = ~1, strata = ~commune, weights = ~weight, data = d)
# raking within unit: margins district x gender and district x age_group. Full-rank columns: every
# district x gender cell, and district x age cells except each district's first age group.
int_split <- function(total, shares) { raw <- shares * total / sum(shares); o <- floor(raw)
  r <- total - sum(o); k <- order(-(raw - o))[seq_len(r)]; o[k] <- o[k] + 1; o }
X <- list(); pop <- c()
for (dist in sort(unique(d$district))) {
  T <- round(sum(d$weight[d$district == dist]) * 1.1)
  gt <- int_split(T, c(0.49, 0.51)); at <- int_split(T, c(0.28, 0.30, 0.24, 0.18))
  for (k in 1:2) { nm <- paste0("x_", dist, "_g", k); d[[nm]] <- as.numeric(d$district == dist & as.integer(d$gender) == k); pop[nm] <- gt[k] }
  for (k in 2:4) { nm <- paste0("x_", dist, "_a", k); d[[nm]] <- as.numeric(d$district == dist & as.integer(d$age_group) == k); pop[nm] <- at[k] }
}
base <- svydesign(ids = ~1, strata = ~commune, weights = ~weight, data = d)
cal <- calibrate(base, as.formula(paste("~0+", paste(names(pop), collapse = "+"))), pop, calfun = "raking",
                 epsilon = 1e-12, maxit = 200)
write.csv(data.frame(id = d$id, raked = g17(weights(cal))), file.path(OUT, "weights_districts.csv"), row.names = FALSE, quote = FALSE)
dfix <- d; dfix$wcal <- weights(cal)
fixed <- svydesign(ids = ~1, strata = ~commune, weights = ~wcal, data = dfix)
specC <- list(data = "districts.csv", unit = "district", strata = "commune")
write_scenario("districts-base", c(specC, list(weights = "weight", calibration = list())), base, c("district", "commune"),
               chisq = list(c("commune", "q1")), contrast = list(c("commune", "q1")))
write_scenario("districts-raked", c(specC, list(weights = "raked", calibration = list(c("district", "gender"), c("district", "age_group")))),
               cal, "district", chisq = list(c("commune", "q1")), contrast = list(c("commune", "q1")))
write_scenario("districts-raked-fixed", c(specC, list(weights = "raked", calibration = list())), fixed, "district")

## ---- Tây Sơn's sample batch: one unit (one stratum), communes compared ---------------------
d <- read_data("Samples/binh-dinh-2021/citizens/tay-son.csv")
ts <- svydesign(ids = ~1, strata = ~district, weights = ~weight, data = d)
write_scenario("tay-son", list(data = "../../../../Samples/binh-dinh-2021/citizens/tay-son.csv", unit = "district",
                               strata = "district", weights = "none", calibration = list()),
               ts, "commune", chisq = list(c("commune", "q1"), c("commune", "q9")), contrast = list(c("commune", "q1")))

## ---- the leaders' survey (mean credit, points-weighted overall index) ----------------------
use_questionnaire("Questionnaires/leaders.json")
d <- read_data("Samples/binh-dinh-2021/leaders/leaders.csv")
ld <- svydesign(ids = ~1, strata = ~unit, weights = ~weight, data = d)
write_scenario("leaders", list(data = "../../../../Samples/binh-dinh-2021/leaders/leaders.csv", unit = "unit",
                               strata = "unit", weights = "none", calibration = list()),
               ld, c("unit", "group"), chisq = list(c("unit", "l1")), contrast = list(c("unit", "l1")))

## ---- distribution functions ------------------------------------------------------------
dist <- list(
  qt = lapply(list(c(0.975, 1), c(0.975, 2), c(0.975, 5), c(0.995, 17), c(0.95, 30), c(0.975, 299), c(0.975, 2999),
                   c(0.9, 12), c(0.975, 1e6), c(0.5, 10), c(0.025, 7), c(0.9995, 3), c(0.999999, 40), c(0.6, 1.5),
                   c(0.975, 5000), c(0.995, 9999), c(0.975, 10000), c(0.9995, 1e5), c(0.99, 3e5), c(0.975, 2e3)),
              function(a) list(p = a[1], df = a[2], value = qt(a[1], a[2]))),
  ptUpper = lapply(list(c(2.1, 9), c(0.3, 4), c(12, 600), c(40, 3), c(1.96, 1e5), c(5, 2985)),
                   function(a) list(t = a[1], df = a[2], value = pt(a[1], a[2], lower.tail = FALSE))),
  pfUpper = lapply(list(c(3.4858897, 47.703809, 143063.72), c(1.2, 3, 40), c(0.5, 10, 10), c(2.5, 7.3, 58.1),
                        c(25, 4, 300), c(0.01, 2, 2), c(1.05, 120.5, 2e5), c(9, 1, 1)),
                   function(a) list(f = a[1], df1 = a[2], df2 = a[3], value = pf(a[1], a[2], a[3], lower.tail = FALSE))),
  pchisqUpper = lapply(list(c(199.1, 56), c(3.84, 1), c(0.5, 3), c(60, 28), c(1000, 900), c(2, 40), c(12.5, 7.5)),
                       function(a) list(x = a[1], df = a[2], value = pchisq(a[1], a[2], lower.tail = FALSE))),
  qnorm = lapply(c(0.975, 0.5, 0.025, 1e-10, 0.3, 0.999, 0.08), function(p) list(p = p, value = qnorm(p))),
  holm = list(p = c(0.01, 0.04, 0.03, 0.005, 0.5), adjusted = p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "holm")))
writeLines(toJSON(dist, auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(OUT, "distributions.json"))
cat("wrote distributions\n")
