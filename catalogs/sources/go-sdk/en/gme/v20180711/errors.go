// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20180711

const (
	// error codes for specific actions

	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// Operation not allowed as your account is in arrears.
	FAILEDOPERATION_USERFEENEGATIVE = "FailedOperation.UserFeeNegative"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Incorrect parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// Invalid date.
	INVALIDPARAMETER_DATEINVALID = "InvalidParameter.DateInvalid"

	// The entered query date range is longer than 60 days.
	INVALIDPARAMETER_DATEOUTOFSIXTYDAYS = "InvalidParameter.DateOutOfSixtyDays"

	// Incorrect tag.
	INVALIDPARAMETER_TAGKEY = "InvalidParameter.TagKey"

	// Incorrect query time range.
	INVALIDPARAMETER_TIMERANGEERROR = "InvalidParameter.TimeRangeError"

	// Invalid BizId.(SDKAppid)
	INVALIDPARAMETERVALUE_INVALIDBIZID = "InvalidParameterValue.InvalidBizId"

	// The input deletion type must be 1 or 2.
	INVALIDPARAMETERVALUE_INVALIDDELETETYPE = "InvalidParameterValue.InvalidDeleteType"

	// Invalid RecordMode.
	INVALIDPARAMETERVALUE_INVALIDRECORDMODE = "InvalidParameterValue.InvalidRecordMode"

	// Invalid RoomId.
	INVALIDPARAMETERVALUE_INVALIDROOMID = "InvalidParameterValue.InvalidRoomId"

	// There is no need to fill in StrUid; please fill in Uid.
	INVALIDPARAMETERVALUE_INVALIDSTRUIN = "InvalidParameterValue.InvalidStrUin"

	// Incorrect blocklist/allowlist format.
	INVALIDPARAMETERVALUE_INVALIDSUBSCRIBERECORDUSERIDS = "InvalidParameterValue.InvalidSubscribeRecordUserIds"

	// The number of entries on the allowlist exceeds 20.
	INVALIDPARAMETERVALUE_INVALIDSUBSCRIBEUSERIDS = "InvalidParameterValue.InvalidSubscribeUserIds"

	// Invalid taskid.
	INVALIDPARAMETERVALUE_INVALIDTASKID = "InvalidParameterValue.InvalidTaskId"

	// The number of entries on the blocklist exceeds 20.
	INVALIDPARAMETERVALUE_INVALIDUNSUBSCRIBEUSERIDS = "InvalidParameterValue.InvalidUNSubscribeUserIds"

	// Cannot input both uid and strUid.
	INVALIDPARAMETERVALUE_INVALIDUINORSTRUIN = "InvalidParameterValue.InvalidUinOrStrUin"

	// The number of created applications has reached the upper limit.
	LIMITEXCEEDED_APPLICATION = "LimitExceeded.Application"

	// Parameter missing.
	MISSINGPARAMETER = "MissingParameter"

	// Operation denied.
	OPERATIONDENIED = "OperationDenied"

	// The task already exists.
	RESOURCEINUSE_TASKINUSE = "ResourceInUse.TaskInUse"

	// The resource does not exist.
	RESOURCENOTFOUND = "ResourceNotFound"

	// Incorrect application ID.
	RESOURCENOTFOUND_BIZIDISNOTFOUND = "ResourceNotFound.BizidIsNotFound"

	// The room does not exist.
	RESOURCENOTFOUND_ROOMNOTFOUND = "ResourceNotFound.RoomNotFound"

	// The task ID does not exist.
	RESOURCENOTFOUND_TASKNOTFOUND = "ResourceNotFound.TaskNotFound"

	// Unauthorized operation.
	UNAUTHORIZEDOPERATION = "UnauthorizedOperation"

	// Application creation is not authorized.
	UNAUTHORIZEDOPERATION_CREATEAPPDENIED = "UnauthorizedOperation.CreateAppDenied"

	// Unverified user.
	UNAUTHORIZEDOPERATION_UNREALNAMEAUTH = "UnauthorizedOperation.UnRealNameAuth"

	// Unknown parameter error.
	UNKNOWNPARAMETER = "UnknownParameter"

	// Operation unsupported.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"

	// Maximum number of kicks exceeded
	UNSUPPORTEDOPERATION_LIMITDELETEEXCEEDED = "UnsupportedOperation.LimitDeleteExceeded"

	// The recording service is not activated.
	UNSUPPORTEDOPERATION_SERVICENOTOPENED = "UnsupportedOperation.ServiceNotOpened"
)
