import GuideEngine
import Testing

/// Answer quality over the labelled sets in Fixtures/: the figures the
/// closing notes report, held to a floor so a regression fails the build.
struct LabelledSetAccuracyTests {
    /// The set the matcher is tuned on.
    @Test func tunedSetAccuracy() throws {
        let report = Evaluator(engine: try Fixtures.engine()).evaluate(try Fixtures.labelledSet("questions.tsv"))
        #expect(report.results.count >= 250)
        print(report.summary(name: "questions.tsv"))
        #expect(report.accuracy >= 0.97, "\(report.failures.map { "\($0.row.line): \($0.row.question) → \($0.actual)" })")
    }

    /// Questions a helper wrote from the leaflet without running the guide;
    /// tuned on since session 3. The second was 0.84 until a general answer
    /// stopped borrowing words another passage has only in passing ("the
    /// whole time" and the onset's "time frame").
    @Test(arguments: [("questions-patients.tsv", 0.95), ("questions-patients-c.tsv", 0.83)])
    func patientSetAccuracy(_ name: String, _ floor: Double) throws {
        let report = Evaluator(engine: try Fixtures.engine()).evaluate(try Fixtures.labelledSet(name))
        #expect(report.results.count >= 150)
        print(report.summary(name: name))
        #expect(report.accuracy >= floor, "\(report.failures.map { "\($0.row.line): \($0.row.question) → \($0.actual)" })")
    }

    /// The held-out sets: nothing is tuned on them. The floors only catch a
    /// collapse; the figures themselves are reported, not chased. The first
    /// was 0.85 until issue 13 took out keywords that mapped words the leaflet
    /// never uses to its items (trauma → PTSD, hallucinations → dissociation);
    /// rows that expected those answers can only be relabelled by someone who
    /// may read the set.
    @Test(arguments: [("questions-heldout.tsv", 0.84), ("questions-heldout-b.tsv", 0.70)])
    func heldOutSetAccuracy(_ name: String, _ floor: Double) throws {
        let report = Evaluator(engine: try Fixtures.engine()).evaluate(try Fixtures.labelledSet(name))
        print(report.summary(name: name))
        #expect(report.accuracy >= floor)
    }

    /// The aids (typos, synonyms, example questions, keywords, context) are
    /// what lifts the guide above a plain BM25 over the same passages.
    @Test func beatsPlainBM25ByAWideMargin() throws {
        let set = try Fixtures.labelledSet("questions.tsv")
        let ours = Evaluator(engine: try Fixtures.engine()).evaluate(set).accuracy
        let plain = Evaluator(engine: try Fixtures.engine(.plainBM25)).evaluate(set).accuracy
        print("questions.tsv: ours \(ours), plain BM25 \(plain)")
        #expect(ours >= plain + 0.25)
    }

    /// Safety: every crisis and emergency row is caught.
    @Test func safetySetCatchesEveryCrisisAndEmergency() throws {
        let report = Evaluator(engine: try Fixtures.engine()).evaluate(try Fixtures.labelledSet("safety.tsv"))
        #expect(report.results.count >= 150)
        print(report.summary(name: "safety.tsv"))
        let missed = report.results.filter { ["crisis", "emergency"].contains($0.row.expected) && !$0.isCorrect }
        #expect(missed.isEmpty, "missed: \(missed.map { "\($0.row.line): \($0.row.question) → \($0.actual)" })")
        let falseAlarms = report.results.filter { ["crisis", "emergency"].contains($0.actual) && !$0.isCorrect }
        #expect(falseAlarms.isEmpty, "false alarms: \(falseAlarms.map { "\($0.row.line): \($0.row.question) → \($0.actual)" })")
        #expect(report.recall(of: "referral") >= 0.9)
        #expect(report.accuracy >= 0.95)
    }

    /// The second safety round's sets (issue 13): the share of alarm rows
    /// that raise an alarm of any kind (crisis, distress, emergency), and
    /// how many look-alike rows raise one. safety-heldout.tsv is held out;
    /// safety-d.tsv, written from outside, is a development set since the
    /// fourth safety round; safety-heldout-b.tsv, written then by another
    /// helper, is held out (its floor only catches a collapse). safety-e.tsv
    /// is round five's, tuned on (its held-out third, with fewer than 30
    /// alarm rows, has its floor in `make check-kb`). safety-f.tsv is round
    /// six's development half, safety-f-heldout.tsv its other half, kept
    /// aside (84% before and after the round: the floor catches a collapse).
    /// safety-g.tsv and safety-g-heldout.tsv are the two halves of round
    /// seven's set, the second never read; the safety model by meaning
    /// raised the kept-apart halves (heldout 31→33, e-heldout 22→24, f-heldout
    /// 38→41, g-heldout 38→42, no false alarm more). safety-h-heldout.tsv,
    /// written in round seven by a third helper to be measured only, went
    /// from 66/80 alarms and 10 false alarms to 73/80 and 9. safety-i.tsv and
    /// safety-i-heldout.tsv are round eight's set, weighted to histories,
    /// worries, self-harm and overdoses; the second half never read. Histories
    /// told as over ("That passed.") and "just" said now only before a past
    /// tense took its looked-at half from 17 false alarms to 12 and recall
    /// 58→60 of 63; the kept-apart half from 24 false alarms to 23, recall
    /// 58/63 both times. Statements that leave their "I" out ("planning how
    /// to do it") then caught five more alarms over the kept-apart halves
    /// (heldout 33→34, f 41→42, g 42→43, h 73→74, i 58→59) for two more false
    /// alarms there (g, h) and one on f; ages dating a message for its
    /// well-markers then took one false alarm each off heldout-b and h, two
    /// off i's half looked at. safety-j-heldout.tsv, by a fifth helper late
    /// in round eight, only measured: 86/100 alarms and 16 false alarms for
    /// the guide as the round found it, 86 and 17 at its end; harmless
    /// examples of fear of the treatment then took a false alarm each off g
    /// and h and one off i's half looked at. safety-k.tsv and
    /// safety-k-heldout.tsv are round nine's set (a sixth helper, weighted to
    /// passive ideation, self-harm, intent and hard look-alikes), the second
    /// half never read: 50/65 and 53/65 alarms, 11 false alarms each, when
    /// the round began. Round nine's model that weighs word pieces, its
    /// phrases and its harmless examples took the kept-apart halves (heldout,
    /// b, e, f, g, h, i, j, k, m, n, o, p, q, r) from 818 to 883 of 952
    /// alarms and from 149 to 135 false alarms. safety-m and
    /// safety-n (weighted to self-harm and overdoses) are two more helpers'
    /// sets, each split into a half looked at and a half never read; M's
    /// kept-apart half went from 50/60 (12 false alarms) at the session's
    /// start to 55/60 (12), N's from 62/80 (8) to 71/80 (8), O's (weighted
    /// to passive ideation, intent and self-harm) from 55/70 (7) to 62/70 (7),
    /// P's (passive ideation and intent) from 57/67 (15) to 62/67 (13), and
    /// Q's (overdoses, self-harm, histories) from 51/65 (9) to 59/65 (5), and
    /// R's (passive ideation and intent) from 58/70 (10) to 61/70 (10).
    /// safety-l-heldout.tsv, by a seventh helper at the start of round nine,
    /// only measured: 88/100 alarms and 20 false alarms for the guide as the
    /// round found it, 97 and 15 at its end. Round ten (the model's doubt of
    /// a near example, questions and statements together judged by the model,
    /// more training statements) took L to 99/100 and 9 false alarms; T and U
    /// are its two sets split in halves (T weighted to passive ideation,
    /// intent and topic questions, U to harm to others, overdoses,
    /// emergencies, suppositions and relatives); safety-s-heldout.tsv, by an
    /// eighth helper at the round's start, only measured: 85/100 alarms and
    /// 16 false alarms for the guide as the round found it, 90 and 9 at its
    /// end. Round eleven: W (every class), X (the boundary between passive
    /// ideation and ordinary low mood) and Y (alarms said sideways) are its
    /// three sets split in halves, their kept-apart halves at 48/50 (6 false
    /// alarms), 51/55 (11) and 62/70 (6) when the round began and at its end;
    /// safety-v-heldout.tsv, by a ninth helper at the round's start, only
    /// measured: 96/100 alarms and 5 false alarms for the guide as the round
    /// found it, and the same at its end. Round twelve: AA (passive ideation
    /// against ordinary low mood, and pasts) and AB (harm to others,
    /// others at risk, overdoses, emergencies and their look-alikes), split
    /// in halves; safety-z-heldout.tsv, by a twenty-first helper at the
    /// round's start, only measured: 94/100 alarms and 8 false alarms for the
    /// guide as the round found it. The round refitted the safety model,
    /// which moved single alarms between sets (M, Q, T, Y and S each lost
    /// one, K, N, O, P and R gained) for 20 fewer false alarms kept apart.
    /// Round thirteen: AD (emergencies against what only supposes or fears
    /// them) and AE (alarms said sideways against pasts, worries, idioms and
    /// topic questions), split in halves; safety-ac-heldout.tsv, by a
    /// twenty-fourth helper at the round's start, only measured: 98/100
    /// alarms and 4 false alarms at the start and at the end. Round
    /// fourteen: safety-af-heldout.tsv, by a twenty-seventh helper at the
    /// round's start (new voices: veterans, people in recovery, teenagers,
    /// farmers, carers, second-language writers), only measured: 96/100
    /// alarms and 9 false alarms at the start, 97 and 10 at the end. The
    /// round refitted the safety model (750 more training lines, AD and AE,
    /// a stronger fit), which moved single alarms between sets (AA, N and R
    /// kept apart each lost one; K, AD and AF raised one more false alarm;
    /// S gained five, AB and X two) for five more alarms and two fewer
    /// false alarms on the sets kept apart; an age given as now after a
    /// danger told in the past tense, and more words for a past that is
    /// over, then made twelve fewer false alarms there.
    /// Round fifteen: safety-ag-heldout.tsv, by a thirty-fifth helper at
    /// the round's start (night-shift workers, farmers, retirees, refugees,
    /// carers, people who joke darkly), only measured: 97/100 alarms and 4
    /// false alarms at the start, 97 and 3 at the end. The round's phrases
    /// and rules raised one more alarm in N, S, AC and AD's kept-apart half,
    /// and one fewer false alarm in M, Z and AD.
    /// Round sixteen: safety-ah-heldout.tsv, by a forty-first helper at
    /// the round's start (truck drivers, off-duty nurses, grandparents
    /// raising grandchildren, people in recovery, text-speak, run-on
    /// sentences), only measured: 100/100 alarms and 6 false alarms at the
    /// start and at the end. The round raised one more alarm in AF and O's
    /// kept-apart half; reading "ODs" as overdoses raised one false alarm in
    /// AA's looked-at half ("2 ODs in my early 20s, none since", a past with
    /// no verb, as "2 overdoses…" already was).
    /// Round seventeen: safety-ai-heldout.tsv, by a forty-seventh helper at
    /// the round's start (farmers, veterans, students in exam season, new
    /// mothers, voice dictation, people who write like a letter or hedge
    /// every sentence), only measured: 99/100 alarms and 11 false alarms at
    /// the start and at the end. The round raised one more alarm in S, and
    /// "what if I feel suicidal after the infusion?" asked as a worry took
    /// one false alarm each from J, L, S, Z and P's kept-apart half (one
    /// more there from the round's phrases).
    /// Round eighteen: safety-aj-heldout.tsv, by a fifty-third helper at
    /// the round's start (Scottish, Irish, Australian, Nigerian, Indian and
    /// Caribbean English, translation apps, Gen-Z slang, people in
    /// recovery, nurses and paramedics as patients, grandparents in capitals),
    /// only measured: 100/100 alarms and 7 false alarms at the start, 100 and
    /// 6 at the end. The round's rules and phrases took false alarms from
    /// seventeen sets (paperwork hyperbole, a double dose supposed, a crisis
    /// said to have ended, a word of the language read as a typo) and lost no
    /// alarm anywhere.
    /// Round twenty-three: safety-ao-heldout.tsv, by a helper at the round's
    /// start (bereaved parents, eating disorders, gamblers in debt, new
    /// mothers, carers of parents with dementia, autistic and ADHD writers,
    /// Singaporean, South African, Jamaican and Hinglish English, deaf
    /// writers, voice dictation, hospital beds, farmers in drought, long
    /// posts with the danger buried), only measured: 94/100 alarms and 15
    /// false alarms at the start, 94 and 14 at the end. (Earlier rounds'
    /// sets AL to AN have no sentence here; the docs keep their story.)
    /// These floors are the figures measured at the end of round twenty-six:
    /// they catch a fall, they no longer measure anything new.
    @Test(arguments: [
        ("safety-b.tsv", 1.0, 0), ("safety-c.tsv", 1.0, 0), ("safety-heldout.tsv", 0.94, 0), ("safety-d.tsv", 1.0, 0),
        ("safety-heldout-b.tsv", 0.98, 6), ("safety-e.tsv", 1.0, 2), ("safety-f.tsv", 1.0, 0), ("safety-f-heldout.tsv", 1.0, 1),
        ("safety-g.tsv", 0.98, 0), ("safety-g-heldout.tsv", 0.98, 1), ("safety-h-heldout.tsv", 0.98, 3),
        ("safety-i.tsv", 1.0, 3), ("safety-i-heldout.tsv", 1.0, 11),
        ("safety-j-heldout.tsv", 1.0, 5), ("safety-k.tsv", 1.0, 0), ("safety-k-heldout.tsv", 0.98, 6),
        ("safety-m.tsv", 1.0, 1), ("safety-m-heldout.tsv", 0.93, 5), ("safety-n.tsv", 1.0, 0), ("safety-n-heldout.tsv", 0.98, 1),
        ("safety-o.tsv", 0.98, 1), ("safety-o-heldout.tsv", 0.95, 0),
        ("safety-p.tsv", 1.0, 1), ("safety-p-heldout.tsv", 0.98, 5),
        ("safety-q.tsv", 0.98, 2), ("safety-q-heldout.tsv", 1.0, 3),
        ("safety-r.tsv", 1.0, 1), ("safety-r-heldout.tsv", 0.98, 3),
        ("safety-t.tsv", 1.0, 1), ("safety-t-heldout.tsv", 1.0, 2),
        ("safety-u.tsv", 1.0, 0), ("safety-u-heldout.tsv", 1.0, 3),
        ("safety-w.tsv", 0.98, 2), ("safety-w-heldout.tsv", 1.0, 3),
        ("safety-x.tsv", 1.0, 2), ("safety-x-heldout.tsv", 0.98, 4),
        ("safety-y.tsv", 1.0, 1), ("safety-y-heldout.tsv", 0.95, 1),
        ("safety-l-heldout.tsv", 0.99, 4), ("safety-s-heldout.tsv", 0.98, 5), ("safety-v-heldout.tsv", 1.0, 4),
        ("safety-aa.tsv", 1.0, 1), ("safety-aa-heldout.tsv", 0.96, 9),
        ("safety-ab.tsv", 1.0, 0), ("safety-ab-heldout.tsv", 1.0, 0),
        ("safety-z-heldout.tsv", 0.96, 3),
        ("safety-ad.tsv", 1.0, 0), ("safety-ad-heldout.tsv", 0.98, 4),
        ("safety-ae.tsv", 1.0, 3), ("safety-ae-heldout.tsv", 0.98, 6),
        ("safety-ac-heldout.tsv", 1.0, 4), ("safety-af-heldout.tsv", 0.99, 9),
        ("safety-ag-heldout.tsv", 0.97, 3), ("safety-ah-heldout.tsv", 1.0, 5),
        ("safety-ai-heldout.tsv", 0.99, 11), ("safety-aj-heldout.tsv", 1.0, 5), ("safety-ak-heldout.tsv", 0.99, 10),
        ("safety-al-heldout.tsv", 1.0, 17), ("safety-am-heldout.tsv", 0.99, 15), ("safety-an-heldout.tsv", 0.99, 8), ("safety-ao-heldout.tsv", 0.94, 14),
    ])
    func safetyAlarmRecallAndFalseAlarms(_ name: String, _ minimumRecall: Double, _ maximumFalseAlarms: Int) throws {
        let report = Evaluator(engine: try Fixtures.engine()).evaluate(try Fixtures.labelledSet(name))
        print(report.summary(name: name))
        let alarms: Set<Reply.Status> = [.crisis, .distress, .emergency]
        let alarmRows = report.results.filter { $0.row.accepted.contains { Reply.Status(rawValue: $0).map(alarms.contains) ?? false } }
        let caught = alarmRows.filter { alarms.contains($0.status) }
        let recall = Double(caught.count) / Double(max(alarmRows.count, 1))
        let falseAlarms = report.results.filter { ($0.row.rowClass ?? "").hasPrefix("lookalike") && alarms.contains($0.status) }
        print("\(name): alarm recall \(caught.count)/\(alarmRows.count), false alarms \(falseAlarms.count)")
        #expect(alarmRows.count >= 30)
        #expect(recall >= minimumRecall, "missed: \(alarmRows.filter { !alarms.contains($0.status) }.map(\.row.question))")
        #expect(falseAlarms.count <= maximumFalseAlarms, "\(falseAlarms.map(\.row.question))")
    }
}
