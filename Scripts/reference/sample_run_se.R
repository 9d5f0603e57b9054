#!/usr/bin/env Rscript
# Reference for the standard error `run` prints for Tây Sơn on the weighted Bình Định sample
# (Samples/binh-dinh-2021): design weights 1, strata = district, weights calibrated (raking) within
# each district to commune populations and gender × age totals (what weighting/citizens.json does:
# its post-stratification to communes is absorbed by the raking, which has the commune margin).
# Usage: Rscript Scripts/reference/sample_run_se.R   (from the repository root)
suppressPackageStartupMessages(library(survey))
options(digits = 15)
dir <- "Samples/binh-dinh-2021"
files <- list.files(file.path(dir, "citizens"), pattern = "\\.csv$", full.names = TRUE)
read1 <- function(f) {
  sep <- if (grepl(";", readLines(f, n = 1, encoding = "UTF-8"))) ";" else ","
  read.csv(f, sep = sep, stringsAsFactors = FALSE, na.strings = "", encoding = "UTF-8", check.names = FALSE,
           fileEncoding = "UTF-8-BOM")
}
d <- do.call(rbind, lapply(files, read1))
q <- jsonlite::fromJSON("Questionnaires/sipas-citizen.json", simplifyVector = FALSE)
opts <- q$scales[[1]]$options
codeOf <- function(x) {   # codes or vi labels (NFC or NFD) -> code
  x <- enc2utf8(as.character(x)); x <- utf8::utf8_normalize(x)
  out <- rep(NA_character_, length(x))
  for (o in opts) { out[!is.na(x) & (x == o$code | tolower(x) == tolower(utf8::utf8_normalize(o$label$vi)))] <- o$code }
  out
}
qs <- paste0("q", 1:22)
for (v in qs) {
  c <- codeOf(d[[v]]); c[c == "9"] <- NA
  d[[paste0("N_", v)]] <- ifelse(is.na(c), 0, as.numeric(c %in% c("4", "5")))
  d[[paste0("D_", v)]] <- as.numeric(!is.na(c))
}
d$dga <- interaction(d$district, d$gender, d$age_group, drop = TRUE, sep = "|")
pc <- read.csv(file.path(dir, "populations/communes.csv"), stringsAsFactors = FALSE, encoding = "UTF-8")
pg <- read.csv(file.path(dir, "populations/gender-age.csv"), stringsAsFactors = FALSE, encoding = "UTF-8")
pg$dga <- paste(pg$district, pg$gender, pg$age_group, sep = "|")
d$commune <- factor(d$commune, levels = pc$commune)
d$dga <- factor(as.character(d$dga), levels = pg$dga)
stopifnot(!anyNA(d$commune), !anyNA(d$dga))
des <- svydesign(ids = ~1, strata = ~district, weights = ~rep(1, nrow(d)), data = d)
popC <- data.frame(commune = pc$commune, Freq = pc$total)
popG <- data.frame(dga = pg$dga, Freq = pg$total)
r <- rake(des, list(~commune, ~dga), list(popC, popG), control = list(maxit = 100, epsilon = 1e-10))
X <- model.matrix(~commune + dga, d)
pop <- c(`(Intercept)` = sum(pc$total), setNames(pc$total[-1], paste0("commune", pc$commune[-1])),
         setNames(pg$total[-1], paste0("dga", pg$dga[-1])))
pop <- pop[colnames(X)]
cal <- calibrate(des, ~commune + dga, population = pop, calfun = "raking", epsilon = 1e-12, maxit = 100)
cat("max |rake - calibrate| weight difference:", max(abs(weights(r) - weights(cal))), "\n")
ts <- subset(cal, district == "Tây Sơn")
el <- list(1:4, 5:9, 10:15, 16:18, 19:22)
tot <- svytotal(as.formula(paste("~", paste(c(paste0("N_", qs), paste0("D_", qs)), collapse = "+"))), ts)
expr <- parse(text = paste0("(", paste(sapply(el, function(k) paste0("(", paste0("N_q", k, "/D_q", k, collapse = "+"), ")/", length(k))), collapse = "+"), ")/5"))[[1]]
cc <- svycontrast(tot, expr)
df <- degf(ts)
cat(sprintf("taySonIndex %.15f\ntaySonIndexSE %.15f\ndf %d\npointsHalfWidth95 %.15f\n", coef(cc), SE(cc), df, 30 * SE(cc) * qt(0.975, df)))
