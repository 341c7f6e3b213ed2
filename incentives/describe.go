package incentives

import (
	"fmt"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// The keys of the line-item messages. Their arguments, in order:
//   - msgBonus: level, date, amount
//   - msgStipendMonth: level, month, amount
//   - msgStipendMonths: level, first month, last month, months, amount
//   - msgStipendDays: level, first day, last day, days, days of the month, amount
//   - msgAward: title, date, amount
const (
	msgBonus         = "bonus"
	msgStipendMonth  = "stipend-month"
	msgStipendMonths = "stipend-months"
	msgStipendDays   = "stipend-days"
	msgAward         = "award"
)

// descriptions is the catalog of line-item messages. It is built once and
// never changed; message.SetString would instead write x/text's global
// catalog.
var descriptions = buildCatalog()

func buildCatalog() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	set := func(tag language.Tag, key string, msg ...catalog.Message) {
		if err := b.Set(tag, key, msg...); err != nil {
			panic(err) // the messages below are constants, as the tests check
		}
	}
	en, hans, hant := language.English, language.SimplifiedChinese, language.TraditionalChinese

	set(en, msgBonus, catalog.String("One-time bonus for the %[1]s certificate obtained on %[2]s: %[3]s"))
	set(hans, msgBonus, catalog.String("%[2]s取得%[1]s证书一次性奖励：%[3]s"))
	set(hant, msgBonus, catalog.String("%[2]s取得%[1]s證書一次性獎勵：%[3]s"))

	set(en, msgStipendMonth, catalog.String("Monthly stipend for the %[1]s certificate, %[2]s: %[3]s"))
	set(hans, msgStipendMonth, catalog.String("%[1]s证书津贴补助，%[2]s：%[3]s"))
	set(hant, msgStipendMonth, catalog.String("%[1]s證書津貼補助，%[2]s：%[3]s"))

	set(en, msgStipendMonths, catalog.String("Monthly stipend for the %[1]s certificate, %[2]s to %[3]s, %[4]d months: %[5]s"))
	set(hans, msgStipendMonths, catalog.String("%[1]s证书津贴补助，%[2]s至%[3]s，共%[4]d个月：%[5]s"))
	set(hant, msgStipendMonths, catalog.String("%[1]s證書津貼補助，%[2]s至%[3]s，共%[4]d個月：%[5]s"))

	set(en, msgStipendDays, catalog.String("Monthly stipend for the %[1]s certificate, %[2]s to %[3]s, %[4]d of %[5]d days: %[6]s"))
	set(hans, msgStipendDays, catalog.String("%[1]s证书津贴补助，%[2]s至%[3]s，按当月%[5]d天中的%[4]d天折算：%[6]s"))
	set(hant, msgStipendDays, catalog.String("%[1]s證書津貼補助，%[2]s至%[3]s，按當月%[5]d天中的%[4]d天折算：%[6]s"))

	set(en, msgAward, catalog.String("Award “%[1]s” granted on %[2]s: %[3]s"))
	set(hans, msgAward, catalog.String("%[2]s授予“%[1]s”奖励：%[3]s"))
	set(hant, msgAward, catalog.String("%[2]s授予「%[1]s」獎勵：%[3]s"))
	return b
}

// Describe writes li as a sentence in the supported language closest to
// tag (English, Simplified or Traditional Chinese), with the amount
// formatted for that language:
//
//	2024年7月15日取得社会工作师证书一次性奖励：2,000.00元
//	Monthly stipend for the senior social worker certificate, 2024-01 to 2024-12, 12 months: ¥6,000.00
func (p *Payroll) Describe(li LineItem, tag language.Tag) string {
	lang := enum.Match(tag)
	pr := message.NewPrinter(enum.Supported[lang], message.Catalog(descriptions))
	amount := metrics.NewFormatter(tag).Money(li.Amount(), p.rounding)
	level := li.level.Label(tag)
	from, until := li.period.From, li.period.Until
	switch li.kind {
	case KindBonus:
		return pr.Sprintf(msgBonus, level, day(from, lang), amount)
	case KindAward:
		return pr.Sprintf(msgAward, p.refs[li.rule].title, day(from, lang), amount)
	default: // a stipend, below
	}
	switch li.months {
	case 0:
		return pr.Sprintf(msgStipendDays, level, day(from, lang), day(until, lang), until.Sub(from)+1, from.LastOfMonth().Day(), amount)
	case 1:
		return pr.Sprintf(msgStipendMonth, level, monthOf(from, lang), amount)
	}
	return pr.Sprintf(msgStipendMonths, level, monthOf(from, lang), monthOf(until, lang), int(li.months), amount)
}

// day writes d as 2024年7月15日 in Chinese and 2024-07-15 in English.
func day(d policy.Date, lang enum.Lang) string {
	if lang == enum.En {
		return d.String()
	}
	y, m, dd := d.Date()
	return fmt.Sprintf("%d年%d月%d日", y, int(m), dd)
}

// monthOf writes d's month as 2024年7月 in Chinese and 2024-07 in English.
func monthOf(d policy.Date, lang enum.Lang) string {
	y, m, _ := d.Date()
	if lang == enum.En {
		return fmt.Sprintf("%04d-%02d", y, int(m))
	}
	return fmt.Sprintf("%d年%d月", y, int(m))
}
