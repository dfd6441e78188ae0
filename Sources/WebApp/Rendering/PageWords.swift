import Localization

/// The words templates show, as stored properties (templates read values, not computed properties).
struct PageWords: Sendable {
    let scoreParts, colleges, skillsToDevelop, accept, decline, contactToShare, print, mySkills, pickerHint, addSkill: String
    let classes, pupils, topSpecialties, importClass, importProblems, exportCSV, printCodes, codesNote, guardianConsent: String
    let recordConsent, recordRefusal, csvFile, orPaste, upload, save, back: String
    let vacancies, newVacancy, shortlist, excluded, invite, invited, title, kind, headcount, minimumAge, requirements: String
    let level, importance, mustHave, status, contact, invitations, noInvitations: String
    let edit, allocationResult, studentsConsidered, eligible: String
    let grades, gradesHint, saveGrades: String
    let allocationRuns, startRun, method, runSummary, earlierRuns, noRuns, byEnterprise, bySpecialty, time, students, countsOnly: String
    let places, placed, unplaced, fillRate, totalFit, blockingPairs: String
    let nothingWithinReach, inDemandElsewhereTaught, taughtIn: String
    let regionReport, fairnessAudit, accounts, newAccount, role, scope, login, password, issueToken, tokenShownOnce: String

    init(_ words: Words) {
        scoreParts = words.webScoreParts; colleges = words.webColleges; skillsToDevelop = words.webSkillsToDevelop
        accept = words.webAccept; decline = words.webDecline; contactToShare = words.webContactToShare
        print = words.webPrint; mySkills = words.webMySkills
        pickerHint = words.webSkillPickerHint; addSkill = words.webAddSkill
        classes = words.webClasses; pupils = words.webPupils; topSpecialties = words.webTopSpecialties; importClass = words.webImportClass
        importProblems = words.webImportProblems; exportCSV = words.webExportCSV; printCodes = words.webPrintCodes; codesNote = words.webCodesNote
        guardianConsent = words.webGuardianConsent; recordConsent = words.webRecordConsent; recordRefusal = words.webRecordRefusal
        csvFile = words.webCSVFile; orPaste = words.webOrPaste; upload = words.webUpload; save = words.webSave; back = words.webBack
        vacancies = words.webVacancies; newVacancy = words.webNewVacancy; shortlist = words.webShortlist; excluded = words.webExcluded
        invite = words.webInvite; invited = words.webInvited; title = words.webTitle; kind = words.webKind; headcount = words.webHeadcount
        minimumAge = words.webMinimumAge; requirements = words.webRequirements; level = words.webLevel; importance = words.webImportance
        mustHave = words.webMustHave; status = words.webStatus; contact = words.webContact; invitations = words.webInvitations
        noInvitations = words.webNoInvitations
        edit = words.webEdit; allocationResult = words.webAllocationResult; studentsConsidered = words.webStudentsConsidered
        eligible = words.webEligibleCount
        grades = words.webGrades; gradesHint = words.webGradesHint; saveGrades = words.webSaveGrades
        allocationRuns = words.webAllocationRuns; startRun = words.webStartRun; method = words.webMethod; runSummary = words.webRunSummary
        earlierRuns = words.webEarlierRuns; noRuns = words.webNoRuns; byEnterprise = words.webByEnterprise; bySpecialty = words.webBySpecialty
        time = words.webTime; students = words.webStudents; countsOnly = words.webCountsOnly
        places = words.places; placed = words.placed; unplaced = words.unplaced; fillRate = words.fillRate; totalFit = words.totalFit
        blockingPairs = words.blockingPairs
        nothingWithinReach = words.nothingWithinReach; inDemandElsewhereTaught = words.inDemandElsewhereTaught; taughtIn = words.taughtIn
        regionReport = words.webRegionReport; fairnessAudit = words.webFairnessAudit; accounts = words.webAccounts
        newAccount = words.webNewAccount; role = words.webRole; scope = words.webScope; login = words.webLogin; password = words.webPassword
        issueToken = words.webIssueToken; tokenShownOnce = words.webTokenShownOnce
    }
}
